using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Eligibility;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>What a roster needs to know of one entitlement.</summary>
/// <param name="Kind">Which subsidy.</param>
/// <param name="Grade">Grade (the care subsidy's amount depends on it).</param>
/// <param name="PaidFrom">First month paid (month of application).</param>
/// <param name="StopsFrom">First month no longer paid; null while it runs.</param>
/// <param name="CertificateValidUntil">Last valid day of the certificate.</param>
public sealed record EntitlementTerms(SubsidyKind Kind, int Grade, PayMonth PaidFrom, PayMonth? StopsFrom, DateOnly CertificateValidUntil);

/// <summary>One payment due.</summary>
/// <param name="ForMonth">The month paid for.</param>
/// <param name="Kind">Regular (the roster's own month) or arrears (a missed earlier month).</param>
/// <param name="Amount">The amount, at the rate of <paramref name="ForMonth"/>; null when no rate was configured for it.</param>
public sealed record DuePayment(PayMonth ForMonth, LineKind Kind, decimal? Amount);

/// <summary>Which months a roster pays for an entitlement. Plain C#.</summary>
public static class RosterRules
{
    /// <summary>
    /// The payments due in the roster of <paramref name="rosterMonth"/>: every month from the first paid one up to
    /// the roster's month — but not from the stop month on, nor after the certificate's last valid month —
    /// that no approved roster has paid yet (a payment the bank reported failed counts as not paid).
    /// Missed months come as arrears, at the rate of the month they are for.
    /// </summary>
    public static IReadOnlyList<DuePayment> Due(EntitlementTerms terms, PayMonth rosterMonth, Func<PayMonth, bool> alreadyPaid, SubsidyPolicy policy)
    {
        var last = rosterMonth;
        if (terms.StopsFrom is { } stop && stop.Plus(-1).Key < last.Key) last = stop.Plus(-1);
        var certificateEnds = PayMonth.Of(terms.CertificateValidUntil);
        if (certificateEnds.Key < last.Key) last = certificateEnds;
        // A loop rather than a query: a district's roster runs this once per beneficiary.
        var due = new List<DuePayment>();
        foreach (var m in terms.PaidFrom.Through(last))
        {
            if (!alreadyPaid(m))
            {
                due.Add(new DuePayment(m, m == rosterMonth ? LineKind.Regular : LineKind.Arrears,
                    SubsidyRateRules.MonthlyAmount(policy, terms.Kind, terms.Grade, m)));
            }
        }
        return due;
    }

    /// <summary>Maker-checker: whoever generated the roster may not approve it.</summary>
    public static bool MayApprove(string generatedById, string approverId) => !string.Equals(generatedById, approverId, StringComparison.Ordinal);

    /// <summary>The months paid at or after the stop month: overpaid, to be recovered.</summary>
    public static bool IsOverpaid(PayMonth forMonth, PayMonth stopsFrom) => forMonth.Key >= stopsFrom.Key;
}
