using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>What kind of body runs activities (志愿服务组织者).</summary>
public enum OrganiserKind
{
    /// <summary>A volunteer team of the module (志愿服务队伍).</summary>
    Team = 1,

    /// <summary>村（居）民委员会.</summary>
    VillageCommittee = 2,

    /// <summary>A registered social organisation (社会组织), known by its unified social credit code.</summary>
    SocialOrganisation = 3,

    /// <summary>机关、企事业单位 and any other body.</summary>
    Other = 4,
}

/// <summary>
/// An organiser of activities (组织单位): a team, a village committee, a social organisation or another body, with the
/// person in charge who signs for its hours and certificates. Activities link to it, so staff see what each organiser runs.
/// </summary>
public sealed class Organiser : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>名称, unique in the district: an activity names its organiser by it.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its kind.</summary>
    public OrganiserKind Kind { get; set; }

    /// <summary>The team, for <see cref="OrganiserKind.Team"/>.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>统一社会信用代码, required for a social organisation, optional for others.</summary>
    public string? CreditCode { get; set; }

    /// <summary>The village or town it is based in.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>负责人.</summary>
    public string PersonInCharge { get; set; } = "";

    /// <summary>联系电话.</summary>
    public string Contact { get; set; } = "";

    /// <summary>登记日期.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
