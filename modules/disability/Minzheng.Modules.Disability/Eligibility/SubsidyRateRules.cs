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
        // The latest rate in force on the month's first day (the first of equals). A loop: a roster asks this
        // for every line of every beneficiary.
        var firstDay = month.FirstDay;
        SubsidyRate? rate = null;
        foreach (var candidate in policy.Rates)
        {
            if (candidate.From <= firstDay && (rate is null || candidate.From > rate.From))
            {
                rate = candidate;
            }
        }
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
