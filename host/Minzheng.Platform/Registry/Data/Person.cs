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

    /// <summary>
    /// The certificate number of the marriage or divorce whose event set <see cref="MaritalStatus"/>; null
    /// when staff or an import set it. A voided registration is undone only where it is still the one in force.
    /// </summary>
    public string? MaritalStatusCertificate { get; set; }

    /// <summary>The status the event named by <see cref="MaritalStatusCertificate"/> replaced: restored if that registration is voided.</summary>
    public MaritalStatus? PreviousMaritalStatus { get; set; }

    /// <summary>The day <see cref="PreviousMaritalStatus"/> had taken effect, if known.</summary>
    public DateOnly? PreviousMaritalStatusSince { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Concurrency token: a change must name the version it was made from.</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// Records 婚姻状况 as staff or an import state it. A change drops what events told: the date the old
    /// status took effect, and the registration a void would undo (staff now vouch for the status).
    /// </summary>
    public void RecordMaritalStatus(MaritalStatus status)
    {
        if (status != MaritalStatus)
        {
            MaritalStatus = status;
            MaritalStatusSince = null;
            MaritalStatusCertificate = null;
            PreviousMaritalStatus = null;
            PreviousMaritalStatusSince = null;
        }
    }

    /// <summary>Sets the status a marriage or divorce registration brought, remembering what it replaced.</summary>
    public void FollowRegistration(MaritalStatus status, DateOnly since, string? certificateNumber)
    {
        PreviousMaritalStatus = MaritalStatus;
        PreviousMaritalStatusSince = MaritalStatusSince;
        MaritalStatus = status;
        MaritalStatusSince = since;
        MaritalStatusCertificate = certificateNumber;
    }

    /// <summary>
    /// Puts back the status the registration <paramref name="certificateNumber"/> replaced; false (nothing
    /// changed) when the status in force is not that registration's — it never took effect here, or a
    /// later registration or staff have replaced it since.
    /// </summary>
    public bool UndoRegistration(string certificateNumber)
    {
        if (MaritalStatusCertificate != certificateNumber)
        {
            return false;
        }
        MaritalStatus = PreviousMaritalStatus ?? MaritalStatus.Unknown;
        MaritalStatusSince = PreviousMaritalStatusSince;
        // What set the restored status is not kept: only one step back is ever needed, as a registration can only be voided while in force.
        MaritalStatusCertificate = null;
        PreviousMaritalStatus = null;
        PreviousMaritalStatusSince = null;
        return true;
    }

    /// <summary>The stored number as a value; it was checked on the way in.</summary>
    // No "today" is needed again: the birth date was not in the future when the number was registered.
    public IdNumber ParsedIdNumber() => Sdk.Registry.IdNumber.Parse(IdNumber, DateOnly.MaxValue);
}
