using Minzheng.Sdk.Access;

using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>What a file brings in.</summary>
public enum ImportKind
{
    /// <summary>志愿者 (real-name registrations).</summary>
    Volunteers = 1,

    /// <summary>历史服务时长 (hours already confirmed where they were kept before, e.g. the national system's export).</summary>
    Hours = 2,
}

/// <summary>
/// One import of a CSV/XLSX file and its outcome, kept so that staff can read later which rows came in, which were
/// already there and which were refused and why. Located in the scope of whoever imported it.
/// </summary>
public sealed class VolunteerImport : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>Volunteers or hours.</summary>
    public ImportKind Kind { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>When it was imported.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Who imported it.</summary>
    public string StaffName { get; set; } = "";

    /// <summary>The importer's scope (district, town or village code): who else may read the outcome.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Data rows read (the header not counted).</summary>
    public int Rows { get; set; }

    /// <summary>Rows that made a new record.</summary>
    public int Created { get; set; }

    /// <summary>Rows already in the module (a volunteer registered, hours imported before): left as they are, so a file can be sent again.</summary>
    public int Skipped { get; set; }

    /// <summary>New records of hours flagged for review (more than 24 hours in a day, …): among <see cref="Created"/>, for a reviewer to look at.</summary>
    public int Flagged { get; set; }

    /// <summary>Rows refused, each with its reasons in <see cref="RowErrors"/>.</summary>
    public int Failed { get; set; }

    /// <summary>The refused rows, in file order (at most <see cref="ImportLimits.KeptErrors"/> kept).</summary>
    public List<RowError> RowErrors { get; set; } = [];

    /// <summary>Counts a refused row and keeps its reason (the first <see cref="ImportLimits.KeptErrors"/>).</summary>
    public void Refuse(int row, string message)
    {
        Failed++;
        if (RowErrors.Count < ImportLimits.KeptErrors) RowErrors.Add(new RowError(row, message));
    }
}

/// <summary>How much one file may hold.</summary>
public static class ImportLimits
{
    /// <summary>Data rows per file: a larger export is split into files of this size (a request saves one file at once).</summary>
    public const int MaxRows = 50_000;

    /// <summary>Refused rows kept with the import; the count says how many there were in all.</summary>
    public const int KeptErrors = 1_000;
}
