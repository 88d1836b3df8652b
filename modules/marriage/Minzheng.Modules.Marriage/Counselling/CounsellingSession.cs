using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Marriage.Counselling;

/// <summary>A 婚姻家庭辅导 session, optionally linked to a divorce application in its cooling-off period.</summary>
public sealed class CounsellingSession : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }
    /// <summary>The divorce application it belongs to, if any.</summary>
    public Guid? DivorceApplicationId { get; set; }
    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>The counsellor.</summary>
    public string Counsellor { get; set; } = "";
    /// <summary>Who took part (names).</summary>
    public string Participants { get; set; } = "";
    /// <summary>What was discussed, and the outcome.</summary>
    public string Summary { get; set; } = "";
    /// <summary>Who recorded it.</summary>
    public string RecordedByName { get; set; } = "";
    /// <summary>The application's location, else the office's code.</summary>
    public string DivisionCode { get; set; } = "";
}
