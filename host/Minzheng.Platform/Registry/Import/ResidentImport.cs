using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Registry.Import;

/// <summary>One bulk import of residents: who started it, from which file, and how far it has got.</summary>
internal sealed class ResidentImport
{
    public Guid Id { get; set; }

    /// <summary>The name the file was uploaded with (shown to staff; never used as a path).</summary>
    public string FileName { get; set; } = "";

    public ImportFormat Format { get; set; }

    public ImportStatus Status { get; set; } = ImportStatus.Queued;

    /// <summary>
    /// Who uploaded the file, and their scope at that moment: the rows are imported in their name and
    /// checked against their scope, although the work runs later, outside their request.
    /// </summary>
    public string StaffId { get; set; } = "";

    public string StaffName { get; set; } = "";

    public OrgLevel ScopeLevel { get; set; }

    public string ScopeCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// Which run of the worker holds the import while it is 进行中: set when a worker claims it, checked
    /// with every batch it commits, so that a worker whose claim was taken over stops instead of writing on.
    /// </summary>
    public Guid? ClaimToken { get; set; }

    /// <summary>
    /// When the worker holding the import last showed it was alive (its claim, then every committed batch).
    /// A running import whose heartbeat is older than <see cref="ImportRunner.ClaimLifetime"/> was left by a
    /// process that died: the next worker takes it over and resumes it.
    /// </summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>Data rows read so far (blank lines are not counted).</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows that registered a new resident.</summary>
    public int Imported { get; set; }

    /// <summary>Rows whose resident was on record with other details, now updated.</summary>
    public int Updated { get; set; }

    /// <summary>Rows that matched what is on record exactly: nothing written.</summary>
    public int Unchanged { get; set; }

    /// <summary>Rows refused; each has at least one <see cref="ImportRowError"/>.</summary>
    public int Failed { get; set; }

    /// <summary>Why the whole import stopped (status <see cref="ImportStatus.Failed"/>).</summary>
    public string? FailureReason { get; set; }

    public OrgScope Scope => new(ScopeLevel, ScopeCode);

    /// <summary>A new import, queued, of a file <paramref name="staff"/> handed in while acting within <paramref name="scope"/>.</summary>
    public static ResidentImport Queued(string fileName, ImportFormat format, StaffMember staff, OrgScope scope, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        FileName = fileName,
        Format = format,
        StaffId = staff.Id,
        StaffName = staff.Name,
        ScopeLevel = scope.Level,
        ScopeCode = scope.DivisionCode,
        CreatedAt = now,
    };
}

/// <summary>One reason a row was refused.</summary>
internal sealed class ImportRowError
{
    public long Id { get; set; }

    public Guid ImportId { get; set; }

    /// <summary>The row as a spreadsheet numbers it: the header is row 1.</summary>
    public int Row { get; set; }

    /// <summary>The column header (e.g. 身份证号), or empty when the row as a whole is refused.</summary>
    public string Column { get; set; } = "";

    public string Reason { get; set; } = "";
}

/// <summary>Where an import stands.</summary>
internal enum ImportStatus
{
    /// <summary>排队: uploaded, waiting for the worker.</summary>
    Queued = 1,
    /// <summary>进行中.</summary>
    Running = 2,
    /// <summary>完成: every row was read; some may have failed.</summary>
    Completed = 3,
    /// <summary>失败: the file could not be read to its end.</summary>
    Failed = 4,
}

/// <summary>The file formats an import accepts.</summary>
internal enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>The stored format as the file readers name it.</summary>
internal static class ImportFormats
{
    public static Minzheng.Sdk.Files.TableFormat AsTable(this ImportFormat format) =>
        format == ImportFormat.Csv ? Minzheng.Sdk.Files.TableFormat.Csv : Minzheng.Sdk.Files.TableFormat.Xlsx;
}
