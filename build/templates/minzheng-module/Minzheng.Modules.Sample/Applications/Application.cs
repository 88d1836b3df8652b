using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>
/// An application (申请) taken at a village or town window and closed (办结) by staff. It belongs to the village
/// it was filed in (<see cref="ILocatedInDivision"/>), so <c>WithinScope</c> shows each clerk their own.
/// </summary>
public sealed class Application : ILocatedInDivision, IVersioned
{
    /// <summary>Application id.</summary>
    public Guid Id { get; set; }

    /// <summary>申请人姓名.</summary>
    public string ApplicantName { get; set; } = "";

    /// <summary>The applicant's 18-character ID number, in full; shown masked, and masked in the audit trail.</summary>
    [Sensitive] public string IdNumber { get; set; } = "";

    /// <summary>The 12-digit code of the village (村居) the application was filed in.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>申请事项: what is asked for.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>受理日期 (a Beijing date).</summary>
    public DateOnly SubmittedOn { get; set; }

    /// <summary>办结日期, once closed.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>办结意见, once closed.</summary>
    public string? Outcome { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>What happened to it, oldest first.</summary>
    public List<ApplicationStep> Steps { get; set; } = [];
}
