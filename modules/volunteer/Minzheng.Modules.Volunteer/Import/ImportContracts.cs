namespace Minzheng.Modules.Volunteer.Import;

/// <summary>An import as staff read its outcome.</summary>
/// <param name="Id">Id.</param>
/// <param name="Kind">volunteers or hours.</param>
/// <param name="FileName">The file.</param>
/// <param name="ImportedAt">When.</param>
/// <param name="StaffName">By whom.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Created">New records.</param>
/// <param name="Flagged">New records of hours flagged for review (more than 24 hours in a day, …).</param>
/// <param name="Skipped">Rows already in the module, left as they were.</param>
/// <param name="Failed">Rows refused.</param>
/// <param name="Outcome">The outcome in a sentence (共32行：新增30（其中2条需复核），已存在跳过1，有误未导入1).</param>
public sealed record ImportView(Guid Id, string Kind, string FileName, DateTimeOffset ImportedAt, string StaffName, int Rows, int Created, int Flagged, int Skipped,
    int Failed, string Outcome)
{
    internal static ImportView Of(VolunteerImport i) => new(i.Id, i.Kind == ImportKind.Hours ? "hours" : "volunteers", i.FileName, i.ImportedAt, i.StaffName,
        i.Rows, i.Created, i.Flagged, i.Skipped, i.Failed,
        $"共{i.Rows}行：新增{i.Created}" + (i.Flagged > 0 ? $"（其中{i.Flagged}条需复核）" : "") + $"，已存在跳过{i.Skipped}，有误未导入{i.Failed}"
        + (i.Failed > i.RowErrors.Count ? $"（仅保留前{i.RowErrors.Count}条错误）" : ""));
}
