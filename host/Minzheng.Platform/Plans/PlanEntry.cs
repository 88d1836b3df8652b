namespace Minzheng.Platform.Plans;

/// <summary>
/// A value of a plan row that no module computes, entered by district staff with where it comes from.
/// Never changed or deleted: a correction is a newer entry, so the history shows every figure reported.
/// </summary>
public sealed class PlanEntry
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The district it reports for.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>The plan's id.</summary>
    public string PlanId { get; set; } = "";

    /// <summary>The row's number in the plan.</summary>
    public int RowNumber { get; set; }

    /// <summary>The value, in the row's unit.</summary>
    public decimal Value { get; set; }

    /// <summary><see cref="Value"/> without the trailing zeros a database may give back (150, not 150.0), as staff read it.</summary>
    public decimal ShownValue => Value / 1.000000000000000000000000000000000m;

    /// <summary>The (Beijing) date the value describes: the trend takes each year's latest.</summary>
    public DateOnly ValueAsOf { get; set; }

    /// <summary>Where the figure comes from (e.g. 区统计局2025年统计公报), in the staff member's words.</summary>
    public string SourceText { get; set; } = "";

    /// <summary>The staff account that entered it.</summary>
    public string EnteredById { get; set; } = "";

    /// <summary>Its display name at the time.</summary>
    public string EnteredByName { get; set; } = "";

    /// <summary>When it was entered.</summary>
    public DateTimeOffset EnteredAt { get; set; }
}
