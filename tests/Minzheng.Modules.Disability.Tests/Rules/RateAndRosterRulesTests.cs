using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Modules.Disability.Rosters;

namespace Minzheng.Modules.Disability.Tests.Rules;

public sealed class RateAndRosterRulesTests
{
    private static readonly SubsidyPolicy Policy = new()
    {
        Rates =
        [
            new SubsidyRate(new DateOnly(2026, 1, 1), 100m, 110m, 100m, 100m, 100m),
            new SubsidyRate(new DateOnly(2026, 7, 1), 120m, 130m, 115m, 100m, 100m),
        ],
    };

    private static PayMonth M(int key) => new(key);

    [Fact]
    public void Amounts_follow_the_rate_in_force_on_the_first_day_of_the_month()
    {
        Assert.Equal(100m, SubsidyRateRules.MonthlyAmount(Policy, SubsidyKind.LivingSubsidy, 1, M(202606)));
        Assert.Equal(120m, SubsidyRateRules.MonthlyAmount(Policy, SubsidyKind.LivingSubsidy, 1, M(202607)));
        Assert.Equal(110m, SubsidyRateRules.MonthlyAmount(Policy, SubsidyKind.CareSubsidy, 1, M(202606)));
        Assert.Equal(115m, SubsidyRateRules.MonthlyAmount(Policy, SubsidyKind.CareSubsidy, 2, M(202608)));
        Assert.Null(SubsidyRateRules.MonthlyAmount(Policy, SubsidyKind.LivingSubsidy, 1, M(202512)));
    }

    [Fact]
    public void The_default_amounts_are_those_of_2026()
    {
        var policy = new SubsidyPolicy();
        Assert.Equal(100m, SubsidyRateRules.MonthlyAmount(policy, SubsidyKind.LivingSubsidy, 4, M(202601)));
        Assert.Equal(110m, SubsidyRateRules.MonthlyAmount(policy, SubsidyKind.CareSubsidy, 1, M(202601)));
        Assert.Equal(100m, SubsidyRateRules.MonthlyAmount(policy, SubsidyKind.CareSubsidy, 2, M(202601)));
    }

    private static EntitlementTerms Terms(int paidFrom, int? stopsFrom = null, DateOnly? certificateEnds = null) =>
        new(SubsidyKind.LivingSubsidy, 1, M(paidFrom), stopsFrom is { } s ? M(s) : null, certificateEnds ?? new DateOnly(2030, 1, 1));

    [Fact]
    public void Paid_from_the_month_of_application_with_missed_months_as_arrears_at_their_own_rate()
    {
        var due = RosterRules.Due(Terms(202605), M(202607), _ => false, Policy);
        Assert.Equal([202605, 202606, 202607], due.Select(d => d.ForMonth.Key));
        Assert.Equal([LineKind.Arrears, LineKind.Arrears, LineKind.Regular], due.Select(d => d.Kind));
        Assert.Equal([100m, 100m, 120m], due.Select(d => d.Amount!.Value));
    }

    [Fact]
    public void Months_already_paid_are_not_paid_again()
    {
        var due = RosterRules.Due(Terms(202605), M(202607), m => m.Key != 202606, Policy);
        Assert.Equal([202606], due.Select(d => d.ForMonth.Key));
        Assert.Equal(LineKind.Arrears, due[0].Kind);
    }

    [Fact]
    public void Nothing_is_due_from_the_stop_month_nor_after_the_certificate_expired()
    {
        Assert.Equal([202605], RosterRules.Due(Terms(202605, stopsFrom: 202606), M(202607), _ => false, Policy).Select(d => d.ForMonth.Key));
        Assert.Equal([202605, 202606], RosterRules.Due(Terms(202605, certificateEnds: new DateOnly(2026, 6, 3)), M(202608), _ => false, Policy).Select(d => d.ForMonth.Key));
        Assert.Empty(RosterRules.Due(Terms(202608), M(202607), _ => false, Policy));
    }

    [Fact]
    public void The_maker_may_not_check_their_own_roster()
    {
        Assert.False(RosterRules.MayApprove("clerk-1", "clerk-1"));
        Assert.True(RosterRules.MayApprove("clerk-1", "clerk-2"));
    }

    [Fact]
    public void Months_paid_from_the_stop_month_on_are_overpaid()
    {
        Assert.True(RosterRules.IsOverpaid(M(202606), M(202606)));
        Assert.False(RosterRules.IsOverpaid(M(202605), M(202606)));
    }

    [Fact]
    public void Pay_months_parse_count_and_print()
    {
        Assert.True(PayMonth.TryParse("2026-12", out var month));
        Assert.Equal(202701, month!.Value.Plus(1).Key);
        Assert.Equal("2026-12", month.Value.ToString());
        Assert.False(PayMonth.TryParse("2026-13", out _));
        Assert.Equal(3, M(202611).Through(M(202701)).Count());
    }
}
