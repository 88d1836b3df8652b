using Minzheng.Modules.Lottery.Sales;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The sales rules in plain C#: months, amounts, game kinds, an outlet's open months, what a re-sent figure does.</summary>
public sealed class SalesRulesTests
{
    private static readonly DateOnly May = new(2026, 5, 1);

    [Theory]
    [InlineData("2026-05")]
    [InlineData("2026/5")]
    [InlineData("2026年5月")]
    [InlineData("202605")]
    [InlineData("2026-05-17")]
    [InlineData("46159")] // an Excel date cell of 2026-05-17
    public void A_month_is_read_as_the_file_writes_it(string text) => Assert.Equal(May, SalesRules.Month(text));

    [Theory]
    [InlineData("五月")]
    [InlineData("2026-13")]
    [InlineData("")]
    public void Something_else_is_not_a_month(string text) => Assert.Null(SalesRules.Month(text));

    [Fact]
    public void The_current_month_may_be_reported_the_next_one_not()
    {
        var today = new DateOnly(2026, 5, 31);
        Assert.Null(SalesRules.RefuseMonth(May, today));
        Assert.Equal("不能晚于本月", SalesRules.RefuseMonth(new DateOnly(2026, 6, 1), today));
    }

    [Fact]
    public void An_amount_is_zero_or_more_in_fen()
    {
        Assert.Null(SalesRules.RefuseAmount(0m));
        Assert.Null(SalesRules.RefuseAmount(12_345.60m));
        Assert.Equal("不能为负数", SalesRules.RefuseAmount(-0.01m));
        Assert.NotNull(SalesRules.RefuseAmount(1.005m));
        Assert.NotNull(SalesRules.RefuseAmount(null));
    }

    [Fact]
    public void Only_a_configured_game_is_accepted_and_the_default_list_holds_instant_tickets()
    {
        var options = new SalesOptions();
        Assert.Contains("即开型", options.Games);
        Assert.Null(SalesRules.RefuseGame("双色球", options));
        Assert.Contains("双色球", SalesRules.RefuseGame("大乐透", options));
        Assert.NotNull(SalesRules.RefuseGame(null, options));
        Assert.NotNull(SalesRules.RefuseGame("双色球", new SalesOptions { Games = ["快乐8"] }));
    }

    [Fact]
    public void An_outlet_has_sales_only_in_a_month_it_was_open_on_some_day()
    {
        Assert.Equal("该网点未批准设立", SalesRules.RefuseOutletMonth(null, null, May));
        Assert.Null(SalesRules.RefuseOutletMonth(new DateOnly(2026, 5, 31), null, May));
        Assert.NotNull(SalesRules.RefuseOutletMonth(new DateOnly(2026, 6, 1), null, May));
        Assert.Null(SalesRules.RefuseOutletMonth(new DateOnly(2020, 1, 1), new DateOnly(2026, 5, 2), May));
        Assert.NotNull(SalesRules.RefuseOutletMonth(new DateOnly(2020, 1, 1), new DateOnly(2026, 5, 1), May));
    }

    [Fact]
    public void A_figure_sent_again_replaces_only_when_it_differs()
    {
        Assert.Equal(SaleChange.Created, SalesRules.Change(null, 10m));
        Assert.Equal(SaleChange.Unchanged, SalesRules.Change(10m, 10.00m));
        Assert.Equal(SaleChange.Replaced, SalesRules.Change(10m, 0m));
    }

    [Fact]
    public void The_outcome_says_how_many_were_replaced_and_by_how_much()
    {
        var import = new SalesImport { Rows = 4, Created = 1, CreatedAmount = 1_000m, Replaced = 2, Difference = -1_234.5m, Unchanged = 1 };
        Assert.Equal("共4行：新增1条（1,000.00元），替换2条，差额−1,234.50元，未变化1条，有误未导入0条", SalesRules.Outcome(import));
        Assert.Equal("+20.00元", SalesRules.Yuan(20m, signed: true));
    }

    [Fact]
    public void A_report_is_asked_for_by_month_town_or_outlet_within_a_period_of_months()
    {
        var today = new DateOnly(2026, 6, 15);
        var errors = new FieldErrors();
        var query = SalesReportQuery.Read(errors, null, null, null, null, new SalesOptions(), today)!;
        Assert.Equal((SalesGrouping.Month, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1)), (query.By, query.From, query.To));
        Assert.Equal(SalesGrouping.Outlet, SalesReportQuery.Read(errors, "outlet", "2026-03-09", "2026-04", "即开型", new SalesOptions(), today)!.By);
        Assert.Null(SalesReportQuery.Read(errors, "village", "2026-05", "2026-04", "大乐透", new SalesOptions(), today));
        Assert.True(errors.Has("by") && errors.Has("to") && errors.Has("game"));
    }
}
