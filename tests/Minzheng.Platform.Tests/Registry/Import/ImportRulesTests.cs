using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Synthetic;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>How cells and headers of an import file are read.</summary>
public sealed class ImportRulesTests
{
    [Theory]
    [InlineData("2026-01-31", 2026, 1, 31)]
    [InlineData("2026/1/31", 2026, 1, 31)]
    [InlineData("20260131", 2026, 1, 31)]
    [InlineData("46023", 2026, 1, 1)] // an Excel date cell: days since 1899-12-30
    public void Dates_are_read_as_staff_write_them_and_as_excel_stores_them(string text, int year, int month, int day)
    {
        var errors = new List<RowError>();

        Assert.Equal(new DateOnly(year, month, day), ImportRowRules.Date(text, "发证日期", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void An_impossible_date_is_an_error_on_its_column_quoting_the_cell()
    {
        var errors = new List<RowError>();

        Assert.Null(ImportRowRules.Date("2026-02-30", "救助开始日期", errors));
        var error = Assert.Single(errors);
        Assert.Equal("救助开始日期", error.Column);
        Assert.Contains("2026-02-30", error.Reason);
    }

    [Fact]
    public void Columns_may_come_in_any_order_but_not_twice()
    {
        var reversed = ResidentRow.Headers.Reverse().ToList();
        var columns = ImportColumns.From(reversed, out var error);
        Assert.Null(error);
        var cells = reversed.Select(h => h == "姓名" ? "  张三 " : "").ToList();
        Assert.Equal("张三", columns!.Cell(cells, "姓名"));
        Assert.Null(columns.Cell(cells, "住址"));

        Assert.Null(ImportColumns.From([.. ResidentRow.Headers, "姓名"], out var duplicate));
        Assert.Contains("“姓名”列出现了不止一次", duplicate);
    }
}
