using Minzheng.Sdk.Indicators;

namespace Minzheng.Platform.Plans;

/// <summary>The SDK's view of the plans read at start-up: a row's target by the indicator that computes it.</summary>
internal sealed class PlanTargets(PlanCatalog plans) : IPlanTargets
{
    public PlanTargetInfo? For(string indicatorKey, int year)
    {
        var plan = plans.Current(year);
        return plan.Rows.FirstOrDefault(r => r.Indicator == indicatorKey) is { } row
            ? new PlanTargetInfo(plan.Title, row.Number, row.Name, row.Unit, plan.ToYear, row.Target.Text, row.Target.Value, row.Target.Comparison == TargetComparison.AtMost)
            : null;
    }
}
