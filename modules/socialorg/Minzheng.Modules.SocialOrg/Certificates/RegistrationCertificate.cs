using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>
/// 登记证书 (正本 and 副本 carry the same number): what it certifies fixed when issued. A change of what it says issues a
/// new certificate and voids this one; a deregistration voids it; a reprint keeps its number and counts the reprints.
/// Never deleted, so its number is never given again.
/// </summary>
public sealed class RegistrationCertificate : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The district's running sequence (1, 2, …), unique.</summary>
    public int Sequence { get; set; }

    /// <summary>证书编号, unique: the district's code and the sequence.</summary>
    public string Number { get; set; } = "";

    /// <summary>The organisation (a branch's certificate: the organisation the branch belongs to).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>
    /// The branch office (分支机构) whose 登记证书 this is; null for the organisation's own. A branch's certificate names the
    /// branch, its 负责人 (in <see cref="LegalRepresentativeName"/>) and the organisation's credit code (a branch has none of its own).
    /// </summary>
    public Guid? BranchId { get; set; }

    /// <summary>The village of the organisation's address when issued: who may see it.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>类型 (API code).</summary>
    public string Type { get; set; } = "";

    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>法定代表人.</summary>
    public string LegalRepresentativeName { get; set; } = "";

    /// <summary>业务范围.</summary>
    public string BusinessScope { get; set; } = "";

    /// <summary>业务主管单位.</summary>
    public string SupervisingUnit { get; set; } = "";

    /// <summary>开办资金, 万元.</summary>
    public decimal ActivityFunds { get; set; }

    /// <summary>住所.</summary>
    public string Address { get; set; } = "";

    /// <summary>登记管理机关.</summary>
    public string Authority { get; set; } = "";

    /// <summary>发证日期.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>How many times it was printed again (补打), 0 for none.</summary>
    public int Reprints { get; set; }

    /// <summary>The last reprint.</summary>
    public DateOnly? ReprintedOn { get; set; }

    /// <summary>作废日期: replaced by a new certificate, or the organisation deregistered.</summary>
    public DateOnly? VoidedOn { get; set; }

    /// <summary>Why it was voided.</summary>
    public string? VoidReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
