using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Coverage;

/// <summary>表2 row 3: 困难残疾人生活补贴覆盖率.</summary>
internal sealed class LivingSubsidyCoverage(DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, IDivisionNames names, ICallerContext caller)
    : CoverageIndicator(SubsidyKind.LivingSubsidy, db, registry, policy, names, caller)
{
    public override string Key => "disability.coverage-living";
}

/// <summary>表2 row 4: 重度残疾人护理补贴覆盖率.</summary>
internal sealed class CareSubsidyCoverage(DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, IDivisionNames names, ICallerContext caller)
    : CoverageIndicator(SubsidyKind.CareSubsidy, db, registry, policy, names, caller)
{
    public override string Key => "disability.coverage-care";
}

/// <summary>A subsidy's coverage as a plan indicator: receiving ÷ eligible, every town of the caller's scope listed.</summary>
internal abstract class CoverageIndicator(
    SubsidyKind kind, DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, IDivisionNames names, ICallerContext caller) : IIndicator
{
    public abstract string Key { get; }

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var (total, byTown) = await CoverageCount.CountAsync(db, registry, policy, asOf, cancellationToken);
        var label = SubsidyKinds.Label(kind);
        var towns = names.TownsWithin(caller.Scope).ToDictionary(town => town, town =>
        {
            var tally = byTown.GetValueOrDefault((town, kind));
            return IndicatorFigure.Share(tally?.Receiving ?? 0, tally?.Eligible ?? 0, $"本镇街没有符合{label}条件的持证残疾人");
        });
        return new IndicatorResult(
            IndicatorFigure.Share(total[kind].Receiving, total[kind].Eligible, $"没有符合{label}条件的持证残疾人"), towns,
            $"截至日期已审批且未停发{label}的人数 ÷ 居民信息中持证、按截至日期符合{label}条件的在世残疾人数");
    }
}
