using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Data;

/// <summary>A resident (居民) of the district, keyed in the real world by the ID number.</summary>
internal sealed class Person : ILocatedInDivision
{
    public Guid Id { get; set; }

    /// <summary>The normalised 18-character number; unique in the district.</summary>
    [Sensitive]
    public string IdNumber { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Derived from the ID number, stored so that lists can filter and sort on it.</summary>
    public Sex Sex { get; set; }

    /// <summary>Derived from the ID number, stored so that lists can filter and sort on it.</summary>
    public DateOnly BirthDate { get; set; }

    public string Ethnicity { get; set; } = "";

    public string? Phone { get; set; }

    public HukouType HukouType { get; set; }

    /// <summary>12-digit village code of the registered residence.</summary>
    public string DivisionCode { get; set; } = "";

    public string? Address { get; set; }

    public ResidentStatus Status { get; set; } = ResidentStatus.Alive;

    /// <summary>Date of death or of moving out; null while alive.</summary>
    public DateOnly? StatusDate { get; set; }

    /// <summary>婚姻状况: set by staff or an import, then kept in step with the marriage module's events.</summary>
    public MaritalStatus MaritalStatus { get; set; } = MaritalStatus.Unknown;

    /// <summary>
    /// The day <see cref="MaritalStatus"/> took effect, when the registry knows it: the registration or
    /// divorce date of the marriage module's event that set it. Null when staff or an import set the
    /// status: they say what it is, not since when. Events dated before it are older news and ignored.
    /// </summary>
    public DateOnly? MaritalStatusSince { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Concurrency token: a change must name the version it was made from.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Records 婚姻状况 as staff or an import state it: a change drops the date the old status took effect.</summary>
    public void RecordMaritalStatus(MaritalStatus status)
    {
        if (status != MaritalStatus)
        {
            MaritalStatus = status;
            MaritalStatusSince = null;
        }
    }

    /// <summary>The stored number as a value; it was checked on the way in.</summary>
    // No "today" is needed again: the birth date was not in the future when the number was registered.
    public IdNumber ParsedIdNumber() => Sdk.Registry.IdNumber.Parse(IdNumber, DateOnly.MaxValue);
}
