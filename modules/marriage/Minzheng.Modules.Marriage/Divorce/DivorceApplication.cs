using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>
/// An application for divorce by agreement (协议离婚) and its way through the cooling-off procedure.
/// Located like <see cref="Registration.MarriageRecord"/>.
/// </summary>
public sealed class DivorceApplication : ILocatedInDivision, IVersioned
{
    /// <summary>Application id.</summary>
    public Guid Id { get; set; }
    /// <summary>Party A's full ID number.</summary>
    [Sensitive] public string PartyAIdNumber { get; set; } = "";
    /// <summary>Party A's name.</summary>
    public string PartyAName { get; set; } = "";
    /// <summary>Party B's full ID number.</summary>
    [Sensitive] public string PartyBIdNumber { get; set; } = "";
    /// <summary>Party B's name.</summary>
    public string PartyBName { get; set; } = "";
    /// <summary>The marriage certificate they hold (any office's).</summary>
    public string MarriageCertificateNumber { get; set; } = "";
    /// <summary>The marriage registered here, when it was.</summary>
    public Guid? MarriageId { get; set; }
    /// <summary>The written agreement's main points (children, property, debts).</summary>
    public string Agreement { get; set; } = "";
    /// <summary>See <see cref="DivorceStatus"/>.</summary>
    public string Status { get; set; } = DivorceStatus.Applied;
    /// <summary>The day they applied.</summary>
    public DateOnly AppliedOn { get; set; }
    /// <summary>The day the office accepted (受理).</summary>
    public DateOnly? AcceptedOn { get; set; }
    /// <summary>Last day of the cooling-off period (holiday rule applied).</summary>
    public DateOnly? CoolingOffEnds { get; set; }
    /// <summary>Last day to ask jointly for the certificate (holiday rule applied).</summary>
    public DateOnly? RequestWindowEnds { get; set; }
    /// <summary>The day both parties asked for the certificate.</summary>
    public DateOnly? RequestedOn { get; set; }
    /// <summary>The day the divorce was registered.</summary>
    public DateOnly? DivorcedOn { get; set; }
    /// <summary>The L certificate number.</summary>
    public string? CertificateNumber { get; set; }
    /// <summary>Why it was refused (at acceptance or at registration).</summary>
    public string? RefusalReason { get; set; }
    /// <summary>Which party withdrew (A or B).</summary>
    public string? WithdrawnBy { get; set; }
    /// <summary>Town or village of a party living in the district, else the office's code.</summary>
    public string DivisionCode { get; set; } = "";
    /// <summary>Whether a party's hukou is in another province (跨省通办).</summary>
    public bool CrossProvince { get; set; }
    /// <summary>Optimistic concurrency: a change must name the version it was made on.</summary>
    public int Version { get; set; }
    /// <summary>Every transition: who and when.</summary>
    public List<DivorceStep> Steps { get; set; } = [];
}

/// <summary>One transition of a divorce application.</summary>
public sealed class DivorceStep : WorkflowStep
{
    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }
}
