using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Modules.Lottery.Terminals;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The supervision's rules as plain C#: terms, terminal limits, the fine's range, the violations list's years, the recheck date.</summary>
public sealed class SupervisionRulesTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    [Fact]
    public void A_term_ends_after_it_starts_and_within_ten_years_and_a_contract_expires_within_the_configured_days()
    {
        Assert.NotNull(ContractRules.TermProblem(Day, Day));
        Assert.NotNull(ContractRules.TermProblem(Day, Day.AddYears(11)));
        Assert.Null(ContractRules.TermProblem(Day, Day.AddYears(3)));
        var contract = new AgencyContract { Status = ContractStatus.Active, EndsOn = Day.AddDays(60) };
        Assert.True(ContractRules.Expiring(contract, Day, 60));
        Assert.False(ContractRules.Expiring(contract, Day, 59));
        contract.Status = ContractStatus.Terminated;
        Assert.False(ContractRules.Expiring(contract, Day, 60));
    }

    [Fact]
    public void A_penalty_is_withdrawn_once_and_then_says_so()
    {
        var penalty = new Penalty { DecidedOn = Day };
        Assert.Null(InspectionRules.WithdrawalProblem(penalty));
        Assert.Equal("in-force", InspectionRules.Code(penalty));
        Assert.Null(InspectionRules.WithdrawalNotice(penalty));
        penalty.WithdrawnOn = Day.AddDays(30);
        penalty.WithdrawalReason = "行政复议决定撤销";
        Assert.Equal("该处罚决定已于2026-07-01撤销，不能再次撤销。", InspectionRules.WithdrawalProblem(penalty));
        Assert.Equal("withdrawn", InspectionRules.Code(penalty));
        Assert.Equal("本决定已于2026-07-01撤销，不再执行。撤销理由：行政复议决定撤销", InspectionRules.WithdrawalNotice(penalty));
    }

    [Fact]
    public void The_terminal_limit_is_per_outlet_kind_as_configured_and_only_open_outlets_take_one()
    {
        var options = new TerminalOptions { MaxPerDedicatedOutlet = 2, MaxPerSharedOutlet = 1 };
        Assert.Null(TerminalRules.PlacementProblem(OutletKind.Shared, OutletStatus.Open, 0, options));
        Assert.Contains("兼营网点最多配置1台", TerminalRules.PlacementProblem(OutletKind.Shared, OutletStatus.Open, 1, options));
        Assert.Null(TerminalRules.PlacementProblem(OutletKind.Dedicated, OutletStatus.Open, 1, options));
        Assert.Contains("专营网点最多配置2台", TerminalRules.PlacementProblem(OutletKind.Dedicated, OutletStatus.Open, 2, options));
        Assert.Contains("营业中", TerminalRules.PlacementProblem(OutletKind.Dedicated, OutletStatus.Closed, 0, options));
        Assert.Contains("营业中", TerminalRules.PlacementProblem(OutletKind.Dedicated, OutletStatus.Applied, 0, options));
    }

    [Fact]
    public void The_fine_is_within_the_configured_range_in_fen_and_the_checklist_is_the_default_unless_configured()
    {
        var options = new InspectionOptions().Checked();
        Assert.Null(InspectionRules.AmountProblem(200_000, options));
        Assert.Null(InspectionRules.AmountProblem(1_000_000, options));
        Assert.Equal("罚款金额须在2,000元至10,000元之间（处罚幅度规定）", InspectionRules.AmountProblem(199_999, options));
        Assert.NotNull(InspectionRules.AmountProblem(1_000_001, options));
        Assert.Contains(options.Checklist, c => c.Id == "sub-agency");
        Assert.Null(options.Clause("unknown"));
        var custom = new InspectionOptions { Checklist = [new() { Id = "a", Text = "甲" }], PenaltyMinYuan = 500, PenaltyMaxYuan = 600 }.Checked();
        Assert.Single(custom.Checklist);
        Assert.Null(InspectionRules.AmountProblem(50_000, custom));
        Assert.Throws<InvalidOperationException>(() => new InspectionOptions { Checklist = [new() { Id = "a", Text = "甲" }, new() { Id = "a", Text = "乙" }] }.Checked());
        Assert.Throws<InvalidOperationException>(() => new InspectionOptions { PenaltyMinYuan = 10, PenaltyMaxYuan = 5 }.Checked());
    }

    [Fact]
    public void An_operator_is_on_the_violations_list_for_the_configured_years_and_the_siting_check_names_it()
    {
        Assert.True(SitingRules.Listed(Day.AddYears(-3).AddDays(1), Day, 3));
        Assert.False(SitingRules.Listed(Day.AddYears(-3), Day, 3));
        Assert.False(SitingRules.Listed(Day.AddDays(1), Day, 3));
        var site = new GeoPoint(28.96, 106.92);
        var options = new SitingOptions();
        var listed = SitingRules.Check(site, OutletKind.Shared, [], [], options, new OperatorRecord([Day.AddYears(-4), Day.AddMonths(-5)], Day));
        Assert.Equal("业主在违规名单中（2026-01-01受到处罚，3年内不得设立网点）", Assert.Single(listed.Breaches));
        Assert.True(SitingRules.Check(site, OutletKind.Shared, [], [], options, new OperatorRecord([Day.AddYears(-4)], Day)).Passes);
        Assert.True(SitingRules.Check(site, OutletKind.Shared, [], [], new SitingOptions { ViolationYears = 0 }, new OperatorRecord([Day.AddMonths(-5)], Day)).Passes);
    }

    [Fact]
    public void A_recheck_is_not_before_the_inspection_nor_after_today_and_a_correction_is_overdue_after_its_deadline()
    {
        var inspection = new Inspection { InspectedOn = Day, CorrectBy = Day.AddDays(10), Status = InspectionStatus.Correcting };
        Assert.NotNull(InspectionRules.RecheckProblem(inspection, Day.AddDays(-1), Day.AddDays(20)));
        Assert.NotNull(InspectionRules.RecheckProblem(inspection, Day.AddDays(21), Day.AddDays(20)));
        Assert.Null(InspectionRules.RecheckProblem(inspection, Day, Day.AddDays(20)));
        Assert.False(InspectionRules.Overdue(inspection, Day.AddDays(10)));
        Assert.True(InspectionRules.Overdue(inspection, Day.AddDays(11)));
        inspection.Status = InspectionStatus.Rechecked;
        Assert.False(InspectionRules.Overdue(inspection, Day.AddDays(11)));
    }
}
