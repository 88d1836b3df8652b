using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Marriage.Registration;

/// <summary>The states of a marriage registered by this office.</summary>
public static class MarriageStatus
{
    /// <summary>登记 in force.</summary>
    public const string Registered = "registered";
    /// <summary>Ended by a divorce this office registered.</summary>
    public const string Dissolved = "dissolved";
    /// <summary>Ended by a party's death (the registry's <c>registry.resident-deceased</c>).</summary>
    public const string EndedByDeath = "ended_by_death";
    /// <summary>撤销/作废 by a supervisor: as if never registered; its certificate number stays voided.</summary>
    public const string Voided = "voided";
}

/// <summary>
/// A marriage registered by this office (结婚登记档案). It belongs to the town where a party lives in the
/// district (from the registry), or to the office's district when neither does (全国通办: a town clerk
/// then does not see it, the district office does).
/// </summary>
public sealed class MarriageRecord : ILocatedInDivision, IVersioned
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }
    /// <summary>The J certificate number.</summary>
    public string CertificateNumber { get; set; } = "";
    /// <summary>Party A's full 18-character ID number.</summary>
    [Sensitive] public string PartyAIdNumber { get; set; } = "";
    /// <summary>Party A's name.</summary>
    public string PartyAName { get; set; } = "";
    /// <summary>Party B's full 18-character ID number.</summary>
    [Sensitive] public string PartyBIdNumber { get; set; } = "";
    /// <summary>Party B's name.</summary>
    public string PartyBName { get; set; } = "";
    /// <summary>The registration day (Beijing date).</summary>
    public DateOnly RegisteredOn { get; set; }
    /// <summary>When both parties' signed declaration (申请结婚登记声明书) was recorded.</summary>
    public DateTimeOffset DeclarationSignedAt { get; set; }
    /// <summary>See <see cref="MarriageStatus"/>.</summary>
    public string Status { get; set; } = MarriageStatus.Registered;
    /// <summary>Town (9 digits) or village (12) of a party living in the district, else the office's 6-digit code.</summary>
    public string DivisionCode { get; set; } = "";
    /// <summary>Whether a party's hukou is in another province (跨省通办).</summary>
    public bool CrossProvince { get; set; }
    /// <summary>Optional certificate ceremony (颁证仪式) booked for this day.</summary>
    public DateOnly? CeremonyOn { get; set; }
    /// <summary>Registrar's account id.</summary>
    public string RegisteredById { get; set; } = "";
    /// <summary>Registrar's name.</summary>
    public string RegisteredByName { get; set; } = "";
    /// <summary>When it was registered.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>When it was voided.</summary>
    public DateTimeOffset? VoidedAt { get; set; }
    /// <summary>Who voided it.</summary>
    public string? VoidedByName { get; set; }
    /// <summary>Why it was voided.</summary>
    public string? VoidReason { get; set; }
    /// <summary>The day a divorce registered here, or a party's death, ended it.</summary>
    public DateOnly? DissolvedOn { get; set; }
    /// <summary>Optimistic concurrency: a change must name the version it was made on.</summary>
    public int Version { get; set; }
}
