using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The ledger's and the disclosure's rules without web or database.</summary>
public sealed class FundRulesTests
{
    [Theory]
    [InlineData(MovementKind.Receipt, null, 100, 0)]
    [InlineData(MovementKind.Allocation, null, -100, 100)]
    [InlineData(MovementKind.Disbursement, null, 0, -100)]
    [InlineData(MovementKind.Return, null, 100, -100)]
    [InlineData(MovementKind.Reversal, MovementKind.Allocation, 100, -100)]
    [InlineData(MovementKind.Reversal, MovementKind.Disbursement, 0, 100)]
    public void Each_kind_moves_money_its_way(MovementKind kind, MovementKind? reversed, long fund, long project) =>
        Assert.Equal(new Effect(fund, project), FundRules.EffectOf(kind, 100, reversed));

    [Fact]
    public void A_reversal_of_a_reversal_has_no_effect_to_apply() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FundRules.EffectOf(MovementKind.Reversal, 1, MovementKind.Reversal));

    [Fact]
    public void No_balance_goes_below_zero()
    {
        Assert.Null(FundRules.Refusal(new Effect(-100, 100), 100, 0));
        Assert.Contains("公益金未拨付余额不足", FundRules.Refusal(new Effect(-101, 101), 100, 0));
        Assert.Contains("项目余额不足", FundRules.Refusal(new Effect(0, -1), 100, 0));
    }

    [Fact]
    public void Unclaimed_prizes_wait_60_days()
    {
        var draw = new DateOnly(2026, 3, 2);
        Assert.False(FundRules.ClaimPeriodOver(draw, draw.AddDays(59)));
        Assert.True(FundRules.ClaimPeriodOver(draw, draw.AddDays(60)));
    }

    [Theory]
    [InlineData("0.01", 1L)]
    [InlineData("1000.5", 100050L)]
    [InlineData("0", null)]
    [InlineData("-1", null)]
    [InlineData("1.001", null)]
    public void Amounts_are_whole_fen(string yuan, long? fen) =>
        Assert.Equal(fen, FundRules.Fen(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_disclosure_counts_a_year_and_a_reversal_against_what_it_undoes()
    {
        var project = Guid.NewGuid();
        LedgerLine[] lines =
        [
            new(MovementKind.Receipt, null, ReceiptSource.Retained, null, 1000, 2024),
            new(MovementKind.Receipt, null, ReceiptSource.Allocated, null, 500, 2025),
            new(MovementKind.Allocation, null, null, project, 600, 2025),
            new(MovementKind.Disbursement, null, null, project, 400, 2025),
            new(MovementKind.Reversal, MovementKind.Disbursement, null, project, 100, 2025),
            new(MovementKind.Receipt, null, ReceiptSource.Other, null, 70, 2026),
        ];
        var figures = DisclosureRules.Compute(2025, lines, [new ProjectLine(project, "项目", "单位", "用途", "全区")]);
        Assert.Equal((500L, 600L, 300L, 900L), (figures.Raised, figures.Allocated, figures.Used, figures.FundBalanceAtYearEnd));
        Assert.Equal(500L, figures.BySource.Single(s => s.Source == "allocated").Amount);
        Assert.Equal(300L, Assert.Single(figures.Projects).Used);
    }

    [Fact]
    public void The_reminder_starts_the_configured_days_before_6_30_and_stops_once_published()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), DisclosureRules.DueOn(2025));
        Assert.False(DisclosureRules.Warn(new DateOnly(2026, 5, 30), 30, false));
        Assert.True(DisclosureRules.Warn(new DateOnly(2026, 5, 31), 30, false));
        Assert.True(DisclosureRules.Warn(new DateOnly(2026, 7, 1), 30, false));
        Assert.False(DisclosureRules.Warn(new DateOnly(2026, 7, 1), 30, true));
    }
}
