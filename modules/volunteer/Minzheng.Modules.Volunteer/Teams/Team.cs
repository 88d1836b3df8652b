using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Teams;

/// <summary>What kind of team: the plan counts community teams (表2 row 17).</summary>
public enum TeamKind
{
    /// <summary>城乡社区志愿服务队伍: a team based in a village or community.</summary>
    Community = 1,

    /// <summary>Any other team (a school's, a company's, a trade's).</summary>
    Other = 2,
}

/// <summary>A volunteer team (志愿服务队伍), from its founding to its dissolution; members join and leave with dates.</summary>
public sealed class Team : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>队伍名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>Community or other.</summary>
    public TeamKind Kind { get; set; }

    /// <summary>The village (12 digits) or town (9) the team is based in.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>组建单位 (a village committee, a social organisation, a school) by name.</summary>
    public string Organiser { get; set; } = "";

    /// <summary>The registered organiser (组织单位) whose name <see cref="Organiser"/> is, when it is one.</summary>
    public Guid? OrganiserId { get; set; }

    /// <summary>负责人 and contact.</summary>
    public string Leader { get; set; } = "";

    /// <summary>成立日期.</summary>
    public DateOnly FoundedOn { get; set; }

    /// <summary>撤销日期; null while it exists.</summary>
    public DateOnly? DissolvedOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its members, past ones included.</summary>
    public List<TeamMember> Members { get; set; } = [];
}

/// <summary>One membership of a volunteer in a team: joined, and left (kept, never deleted).</summary>
public sealed class TeamMember
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The team.</summary>
    public Guid TeamId { get; set; }

    /// <summary>The volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>加入日期.</summary>
    public DateOnly JoinedOn { get; set; }

    /// <summary>退出日期; null while a member.</summary>
    public DateOnly? LeftOn { get; set; }
}
