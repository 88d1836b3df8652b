using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Certificates;

/// <summary>
/// 志愿服务记录证明, issued free and truthfully from confirmed hours only, in the four parts of 民政部令第67号: the
/// volunteer's identity, the service (hours, content), the issuer (name, person in charge, handler, contact), the number
/// and date. What it says is fixed when issued; a revoked certificate stays, marked revoked.
/// </summary>
public sealed class Certificate : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>证明编号: <c>&lt;year&gt;-&lt;sequence&gt;</c>, a sequence per issuer without gaps.</summary>
    public string Number { get; set; } = "";

    /// <summary>The code a verifier quotes (on the certificate and in its QR code); unguessable.</summary>
    public string VerificationCode { get; set; } = "";

    /// <summary>The volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>姓名 as certified.</summary>
    public string VolunteerName { get; set; } = "";

    /// <summary>身份证号码 as certified.</summary>
    [Sensitive] public string IdNumber { get; set; } = "";

    /// <summary>志愿者编号.</summary>
    public string VolunteerNumber { get; set; } = "";

    /// <summary>The volunteer's village: who may see the certificate.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The first day of the hours certified.</summary>
    public DateOnly From { get; set; }

    /// <summary>The last day.</summary>
    public DateOnly To { get; set; }

    /// <summary>Confirmed service hours in the period.</summary>
    public decimal ServiceHours { get; set; }

    /// <summary>Confirmed training hours in the period (shown apart).</summary>
    public decimal TrainingHours { get; set; }

    /// <summary>服务内容: the activities, summarised.</summary>
    public string Content { get; set; } = "";

    /// <summary>出具单位: its name, which numbers the certificates (a sequence per issuer).</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The registered organiser (组织单位) that issued it, when it is one: its name, person in charge and contact came from there.</summary>
    public Guid? OrganiserId { get; set; }

    /// <summary>负责人.</summary>
    public string PersonInCharge { get; set; } = "";

    /// <summary>经办人.</summary>
    public string Handler { get; set; } = "";

    /// <summary>联系方式.</summary>
    public string IssuerContact { get; set; } = "";

    /// <summary>出具日期.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>撤销日期.</summary>
    public DateOnly? RevokedOn { get; set; }

    /// <summary>撤销原因.</summary>
    public string? RevocationReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
