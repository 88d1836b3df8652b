using Minzheng.Sdk.Ui;

namespace Minzheng.Sdk.Tests.Ui;

/// <summary>The rules of the SDK 2.5.0 parts of a UI description: tables of related records and options loaded from an endpoint.</summary>
public sealed class UiDescriptionRulesTests
{
    private static ModuleUi With(params UiPage[] pages) => new() { Pages = pages };

    private static readonly ListPage Inspections = new("inspections", "检查", UiEndpoint.Get("inspections")) { Columns = [new Column("date", "日期", FieldType.Date)] };

    [Fact]
    public void A_detail_page_may_list_related_records_that_open_a_described_page()
    {
        var outlet = new DetailPage("outlet", "网点", UiEndpoint.Get("outlets/{id}"))
        {
            Tables = [new DetailTable("检查记录", "inspections", [new Column("date", "日期", FieldType.Date)]) { RowOpens = "inspections" }],
        };
        Assert.Empty(With(outlet, Inspections).Problems([]));
    }

    [Fact]
    public void A_related_table_without_columns_or_opening_an_unknown_page_is_reported()
    {
        var outlet = new DetailPage("outlet", "网点", UiEndpoint.Get("outlets/{id}"))
        {
            Tables =
            [
                new DetailTable("合同", "contracts", []),
                new DetailTable("检查记录", "inspections", [new Column("result", "结论", FieldType.Enum)]) { RowOpens = "inspection/{id}" },
            ],
        };
        var problems = With(outlet).Problems([]);
        Assert.Contains(problems, p => p.Contains("table '合同': a table needs columns", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("table '检查记录' column 'result': an enum needs options", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("opens page 'inspection', which is not described", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_field_may_load_its_options_from_a_GET_of_the_module()
    {
        var form = new FormPage("finding", "问题", UiEndpoint.Post("findings"))
        {
            Fields = [new FormField("clause", "条款", FieldType.Enum) { OptionsFrom = new OptionsSource(UiEndpoint.Get("checklist"), "id", "text") }],
        };
        Assert.Empty(With(form).Problems([]));
    }

    [Fact]
    public void Options_from_a_write_from_outside_the_module_or_beside_fixed_options_are_reported()
    {
        var form = new FormPage("finding", "问题", UiEndpoint.Post("findings"))
        {
            Fields =
            [
                new FormField("a", "甲", FieldType.Enum) { OptionsFrom = new OptionsSource(UiEndpoint.Post("checklist")) },
                new FormField("b", "乙", FieldType.Enum) { OptionsFrom = new OptionsSource(UiEndpoint.Get("/api/other/list")) },
                new FormField("c", "丙", FieldType.Enum) { OptionsFrom = new OptionsSource(UiEndpoint.Get("list")), Options = [new EnumOption("x", "X")] },
                new FormField("d", "丁", FieldType.Text) { OptionsFrom = new OptionsSource(UiEndpoint.Get("list")) },
                new FormField("e", "戊", FieldType.Enum),
            ],
        };
        var problems = With(form).Problems([]);
        Assert.Contains(problems, p => p.Contains("field 'a' options: reads with POST", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("field 'b' options: endpoint '/api/other/list' must be a path relative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("field 'c': has both options and an OptionsFrom endpoint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("field 'd': only an enum field loads its options", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("field 'e': an enum field needs options or an OptionsFrom endpoint", StringComparison.Ordinal));
    }
}
