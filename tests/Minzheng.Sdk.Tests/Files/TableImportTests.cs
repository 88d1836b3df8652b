using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Sdk.Tests.Files;

public sealed class TableImportTests
{
    /// <summary>Rows as a table file hands them over, numbered from 2 (the header is row 1).</summary>
    private sealed class Rows(params string[][] rows) : ITableFile
    {
        public IReadOnlyList<string>? ReadHeader() => ["a"];

        public IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows() => rows.Select((r, i) => (i + 2, (IReadOnlyList<string>)r));

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Columns_are_found_by_their_header_whatever_the_order_and_the_template_marks()
    {
        var columns = TableColumns.Read(["姓名*", " 身份证号码（必填） ", "备注"], [["身份证号码"], ["姓名"]], out var problem);
        Assert.Null(problem);
        Assert.NotNull(columns);
        Assert.Equal("110101", columns.Cell([" 张三 ", "110101", ""], "身份证号码"));
        Assert.Equal("张三", columns.Cell([" 张三 ", "110101", ""], "姓名"));
        Assert.Null(columns.Cell(["张三", "110101", "  "], "备注"));
        Assert.Null(columns.Cell(["张三"], "身份证号码"));
        Assert.False(columns.Has("电话"));
    }

    [Fact]
    public void A_missing_column_or_an_empty_file_is_named()
    {
        Assert.Null(TableColumns.Read(["姓名"], [["志愿者编号", "身份证号码"], ["姓名"], ["电话"]], out var problem));
        Assert.Equal("缺少列：志愿者编号或身份证号码、电话（请使用导入模板的表头）", problem);
        Assert.Null(TableColumns.Read(null, [["姓名"]], out var empty));
        Assert.Contains("空", empty);
        Assert.NotNull(TableColumns.Read(["身份证号码"], [["志愿者编号", "身份证号码"]], out _));
    }

    [Fact]
    public void Rows_skip_blank_lines_and_a_file_over_the_limit_or_without_data_is_refused()
    {
        var rows = TableImport.ReadRows(new Rows(["1"], ["", " "], ["3"]), 2, out var problem);
        Assert.Null(problem);
        Assert.Equal([2, 4], rows.Select(r => r.Row));
        TableImport.ReadRows(new Rows(["1"], ["2"], ["3"]), 2, out var tooMany);
        Assert.Contains("最多2行", tooMany);
        TableImport.ReadRows(new Rows([" "]), 2, out var none);
        Assert.Contains("没有数据行", none);
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024/3/1", "2024-03-01")]
    [InlineData("2024年3月1日", "2024-03-01")]
    [InlineData("20240301", "2024-03-01")]
    [InlineData("45352", "2024-03-01")]
    [InlineData("2024-02-30", null)]
    [InlineData("三月一日", null)]
    [InlineData("12", null)]
    public void Dates_are_read_as_spreadsheets_hold_them(string text, string? expected) =>
        Assert.Equal(expected, TableImport.Date(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("1,234.50", 1234.5)]
    [InlineData("¥1234", 1234.0)]
    [InlineData("-3", -3.0)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void Numbers_are_read_with_grouping_and_currency_signs(string text, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, TableImport.Number(text));

    [Fact]
    public void A_rows_errors_read_as_one_line_under_the_files_column_names()
    {
        var errors = new FieldErrors();
        errors.Add("idNumber", "校验位不正确");
        errors.Add("phone", "应为11位手机号码");
        errors.Add("other", "未知");
        Assert.Equal("身份证号码：校验位不正确；联系电话：应为11位手机号码；other：未知",
            TableImport.Message(errors, new Dictionary<string, string> { ["idNumber"] = "身份证号码", ["phone"] = "联系电话" }));
    }
}
