namespace Minzheng.Platform.Registry.Import;

/// <summary>An import as staff follow it.</summary>
/// <param name="Status"><c>Queued</c>, <c>Running</c>, <c>Completed</c> or <c>Failed</c>.</param>
/// <param name="StatusText">排队, 进行中, 完成 or 失败.</param>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="Imported">Rows that registered a new resident.</param>
/// <param name="Updated">Rows whose resident was on record with other details, now updated.</param>
/// <param name="Unchanged">Rows identical to what is on record: nothing written.</param>
/// <param name="Failed">Rows refused: see the error report.</param>
/// <param name="FailureReason">Why the import stopped before the end of the file (status Failed).</param>
/// <param name="ErrorReport">Where the per-row error report (CSV) is downloaded.</param>
internal sealed record ImportView(
    Guid Id, string FileName, string Format, ImportStatus Status, string StatusText, string StartedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int RowsRead, int Imported, int Updated, int Unchanged, int Failed, string? FailureReason, string ErrorReport)
{
    public static readonly IReadOnlyDictionary<ImportStatus, string> StatusTexts = new Dictionary<ImportStatus, string>
    {
        [ImportStatus.Queued] = "排队",
        [ImportStatus.Running] = "进行中",
        [ImportStatus.Completed] = "完成",
        [ImportStatus.Failed] = "失败",
    };

    public static ImportView Of(ResidentImport i) =>
        new(i.Id, i.FileName, i.Format.ToString().ToLowerInvariant(), i.Status, StatusTexts[i.Status], i.StaffName,
            i.CreatedAt, i.StartedAt, i.FinishedAt, i.RowsRead, i.Imported, i.Updated, i.Unchanged, i.Failed, i.FailureReason,
            $"/api/platform/registry/imports/{i.Id}/errors.csv");
}

/// <summary>One page of imports, newest first.</summary>
internal sealed record ImportPage(IReadOnlyList<ImportView> Items, int Total, int Page, int PageSize);
