using Minzheng.Modules.Disability.Common;

namespace Minzheng.Modules.Disability.Eligibility;

/// <summary>The monthly amount of a subsidy, from the effective-dated rates of the policy.</summary>
public static class SubsidyRateRules
{
    /// <summary>
    /// The amount for <paramref name="month"/>: the rate in force on the month's first day. Null when no
    /// rate was in force then (the district has not configured one): such a month cannot be paid.
    /// </summary>
    public static decimal? MonthlyAmount(SubsidyPolicy policy, SubsidyKind kind, int grade, PayMonth month)
    {
        var rate = policy.Rates.Where(r => r.From <= month.FirstDay).MaxBy(r => r.From);
        if (rate is null)
        {
            return null;
        }
        return kind == SubsidyKind.LivingSubsidy
            ? rate.Living
            : grade switch
            {
                1 => rate.CareGrade1,
                2 => rate.CareGrade2,
                3 => rate.CareGrade3,
                _ => rate.CareGrade4,
            };
    }
}
