namespace Minzheng.Modules.Volunteer.Teams;

/// <summary>A new team.</summary>
/// <param name="Name">队伍名称.</param>
/// <param name="Kind">community or other.</param>
/// <param name="DivisionCode">The village or town it is based in.</param>
/// <param name="OrganiserId">组建单位 picked from the registered organisers.</param>
/// <param name="Organiser">组建单位 by name, for one not registered (a registered one's name links it as if picked).</param>
/// <param name="Leader">负责人及联系方式.</param>
/// <param name="FoundedOn">成立日期 (default today).</param>
public sealed record NewTeam(string? Name, string? Kind, string? DivisionCode, Guid? OrganiserId, string? Organiser, string? Leader, DateOnly? FoundedOn);

/// <summary>A volunteer joins, by their volunteer number.</summary>
/// <param name="VolunteerNumber">志愿者编号.</param>
/// <param name="JoinedOn">加入日期 (default today).</param>
public sealed record JoinRequest(string? VolunteerNumber, DateOnly? JoinedOn);

/// <summary>A team in a list.</summary>
public sealed record TeamRow(Guid Id, string Name, string Kind, string DivisionCode, string Organiser, DateOnly FoundedOn, int Members, string Status);

/// <summary>A member as shown on the team's page.</summary>
public sealed record MemberView(Guid Id, Guid TeamId, Guid VolunteerId, string Number, string Name, DateOnly JoinedOn, DateOnly? LeftOn);

/// <summary>A team with its members, past ones included.</summary>
public sealed record TeamView(Guid Id, string Name, string Kind, string DivisionCode, string Organiser, Guid? OrganiserId, string Leader, DateOnly FoundedOn, DateOnly? DissolvedOn,
    string Status, int Version, IReadOnlyList<MemberView> Members);

/// <summary>The API codes of kinds and states.</summary>
public static class TeamCodes
{
    /// <summary>community or other.</summary>
    public static string Kind(TeamKind kind) => kind == TeamKind.Community ? "community" : "other";

    /// <summary>Reads a kind.</summary>
    public static bool TryParseKind(string? code, out TeamKind kind)
    {
        kind = code == "other" ? TeamKind.Other : TeamKind.Community;
        return code is "community" or "other";
    }

    /// <summary>active or dissolved.</summary>
    public static string Status(Team team) => team.DissolvedOn is null ? "active" : "dissolved";

    /// <summary>A team existing on <paramref name="day"/>: founded by then and not dissolved. A query's filter.</summary>
    public static System.Linq.Expressions.Expression<Func<Team, bool>> ExistsOn(DateOnly day) =>
        t => t.FoundedOn <= day && (t.DissolvedOn == null || t.DissolvedOn > day);
}
