using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>
/// A volunteer registered by real name (实名注册志愿者). Serves in the village of <see cref="DivisionCode"/>; linked to
/// the resident registry when the person is in it — volunteers from elsewhere are normal and stay unlinked.
/// </summary>
public sealed class RegisteredVolunteer : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>志愿者编号: the district code, the year of registration and a sequence without gaps (<c>500110-2026-000001</c>).</summary>
    public string Number { get; set; } = "";

    /// <summary>The 18-character ID number.</summary>
    [Sensitive] public string IdNumber { get; set; } = "";

    /// <summary>姓名.</summary>
    public string Name { get; set; } = "";

    /// <summary>联系电话.</summary>
    [Sensitive] public string Phone { get; set; } = "";

    /// <summary>专业技能, comma-separated as entered (急救, 心理咨询 …).</summary>
    public string Skills { get; set; } = "";

    /// <summary>服务时间 (e.g. 周末, 工作日晚上).</summary>
    public string Availability { get; set; } = "";

    /// <summary>服务类别 (助老, 助残, 环保 …).</summary>
    public string ServiceAreas { get; set; } = "";

    /// <summary>The 12-digit code of the village (村居) the volunteer serves in.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The registry's resident, when found by the ID number at registration.</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>A minor's guardian: name.</summary>
    public string? GuardianName { get; set; }

    /// <summary>A minor's guardian: phone.</summary>
    [Sensitive] public string? GuardianPhone { get; set; }

    /// <summary>The day the guardian's consent (监护人同意) was recorded; null when none was given.</summary>
    public DateOnly? GuardianConsentOn { get; set; }

    /// <summary>注册日期.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>The day the volunteer left (注销); null while active.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>The last day of a bar from stars after falsified hours (弄虚作假).</summary>
    public DateOnly? StarsBarredUntil { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
