using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Charity.Organisations;

/// <summary>
/// This module's copy of a registered social organisation, kept from socialorg's events (never read from its tables). It
/// belongs to the village of its address, so a town clerk sees the organisations of their town. Recognised as a
/// 慈善组织 by this module's recognition decision.
/// </summary>
public sealed class KnownOrganisation : ILocatedInDivision
{
    /// <summary>The publisher's organisation id: the key, so a repeated registration changes nothing.</summary>
    public Guid Id { get; set; }

    /// <summary>social-group (社会团体), social-service-agency (社会服务机构) or foundation (基金会).</summary>
    public string Type { get; set; } = "";

    /// <summary>名称 now.</summary>
    public string Name { get; set; } = "";

    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>The village of its address now.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>住所 (from a 变更登记; the registration event does not carry it).</summary>
    public string? Address { get; set; }

    /// <summary>法定代表人 (from a 变更登记).</summary>
    public string? LegalRepresentativeName { get; set; }

    /// <summary>成立登记日期.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>The day of the last change applied: an older change delivered late changes nothing.</summary>
    public DateOnly? ChangedOn { get; set; }

    /// <summary>注销日期, once deregistered.</summary>
    public DateOnly? DeregisteredOn { get; set; }

    /// <summary>注销原因.</summary>
    public string? DeregistrationReason { get; set; }

    /// <summary>认定为慈善组织的日期, once recognised by this module.</summary>
    public DateOnly? RecognisedOn { get; set; }
}

/// <summary>A copied entry on a credit list (kept by the organisation's id, whether or not the copy holds the organisation yet).</summary>
public sealed class CreditListEntry
{
    /// <summary>The publisher's entry id (the key).</summary>
    public Guid EntryId { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>abnormal (活动异常名录) or serious (严重违法失信名单).</summary>
    public string List { get; set; } = "";

    /// <summary>列入原因.</summary>
    public string Cause { get; set; } = "";

    /// <summary>列入日期.</summary>
    public DateOnly EnteredOn { get; set; }

    /// <summary>移出日期; null while listed.</summary>
    public DateOnly? RemovedOn { get; set; }
}

/// <summary>A copied administrative penalty.</summary>
public sealed class PenaltyRecord
{
    /// <summary>The publisher's penalty id (the key).</summary>
    public Guid PenaltyId { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>warning, fine, confiscation, stop-activities or revocation.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The fine or confiscation, 元.</summary>
    public decimal? Amount { get; set; }

    /// <summary>决定日期.</summary>
    public DateOnly DecidedOn { get; set; }
}
