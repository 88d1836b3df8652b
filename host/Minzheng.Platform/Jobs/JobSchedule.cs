namespace Minzheng.Platform.Jobs;

/// <summary>
/// When a module job is next due in a district. Kept in the deployment's database, not in memory, so
/// that several host instances run each job once per interval between them, not once each.
/// </summary>
public sealed class JobSchedule
{
    /// <summary>The job (its type's full name).</summary>
    public string Job { get; set; } = "";

    /// <summary>The district.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>Not to run before this time; moved forward by the instance that takes the run.</summary>
    public DateTimeOffset NextRunAt { get; set; }
}
