using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Plans;

/// <summary>The plan page as a workbook for the annual summary: the plan's columns, then the value, status and source.</summary>
internal static class PlanWorkbook
{
    public static byte[] Write(ITableFiles tables, PlanView view)
    {
        string[] header =
        [
            "序号", "主要指标", "单位", $"{view.BaselineYear}年（基期）", $"{view.ToYear}年（目标）", "指标属性", $"截至{view.AsOf:yyyy-MM-dd}", "是否达标", "数据来源", "说明",
        ];
        var rows = view.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Number, r.Name, r.Unit, r.BaselineText, r.TargetText, r.Binding, r.Value, r.StatusText, SourceOf(r), r.NotComputed ?? r.Source.Rule,
        ]);
        return tables.WriteXlsx($"{view.ScopeName}{view.AsOf:yyyyMMdd}", header, rows);
    }

    /// <summary>Where a row's value comes from, in one line.</summary>
    public static string SourceOf(PlanRowView row) => row.Source.Kind switch
    {
        FigureSourceKind.Computed => $"由“{row.Source.ModuleName}”模块计算",
        FigureSourceKind.Entered => $"{row.Source.EnteredBy}录入（{row.Source.SourceText}，数据截至{row.Source.ValueAsOf:yyyy-MM-dd}）",
        _ => "未计算",
    };
}
