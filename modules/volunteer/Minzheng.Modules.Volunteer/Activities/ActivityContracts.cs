namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>A new activity: what, who organises it, where and when, its positions.</summary>
/// <param name="Title">活动名称.</param>
/// <param name="OrganiserId">组织单位 picked from the registered organisers (its name is then the activity's).</param>
/// <param name="Organiser">组织单位 by name, for one not registered (a registered one's name links it as if picked); or the team's name when <paramref name="TeamId"/> is given.</param>
/// <param name="TeamId">The organising team, if one of the register (a team's organiser picked brings its team).</param>
/// <param name="DivisionCode">The village or town of the place.</param>
/// <param name="Place">活动地点.</param>
/// <param name="StartsAt">开始时间.</param>
/// <param name="EndsAt">结束时间.</param>
/// <param name="Description">服务内容和招募要求.</param>
/// <param name="SuitableForMinors">Whether minors may take part.</param>
/// <param name="MinimumAge">The lowest age allowed, if any.</param>
/// <param name="PositionName">The first position (岗位); more are added to the activity afterwards.</param>
/// <param name="Wanted">Its 招募人数.</param>
public sealed record NewActivity(string? Title, Guid? OrganiserId, string? Organiser, Guid? TeamId, string? DivisionCode, string? Place, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    string? Description, bool? SuitableForMinors, int? MinimumAge, string? PositionName, int? Wanted);

/// <summary>A position wanted, added to an activity.</summary>
/// <param name="Name">岗位名称.</param>
/// <param name="Wanted">招募人数.</param>
public sealed record NewPosition(string? Name, int? Wanted);

/// <summary>报名: a volunteer, by number, for a position.</summary>
/// <param name="VolunteerNumber">志愿者编号.</param>
/// <param name="PositionId">The position (the only one when omitted and the activity has one).</param>
/// <param name="GuardianPresent">For an age band that asks it: the guardian comes along.</param>
public sealed record SignUpRequest(string? VolunteerNumber, Guid? PositionId, bool? GuardianPresent);

/// <summary>An activity in a list.</summary>
public sealed record ActivityRow(Guid Id, string Title, string Organiser, string DivisionCode, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int Wanted, int SignedUp, string Status);

/// <summary>A position with its places taken.</summary>
public sealed record PositionView(Guid Id, string Name, int Wanted, int Taken);

/// <summary>A sign-up as the organiser sees it.</summary>
public sealed record SignUpView(Guid Id, Guid ActivityId, Guid VolunteerId, string VolunteerNumber, string Name, string Position, DateTimeOffset SignedUpAt, string Status,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, string? CheckInBy, bool GuardianPresent);

/// <summary>An activity with its positions and sign-ups.</summary>
public sealed record ActivityView(Guid Id, string Title, string Organiser, Guid? OrganiserId, Guid? TeamId, string DivisionCode, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Description, bool SuitableForMinors, int? MinimumAge, string Status, int Version, IReadOnlyList<PositionView> Positions, IReadOnlyList<SignUpView> SignUps);

/// <summary>The API codes of states.</summary>
public static class ActivityCodes
{
    /// <summary>recruiting, ended or cancelled.</summary>
    public static string Status(ActivityStatus status) => status switch
    {
        ActivityStatus.Recruiting => "recruiting",
        ActivityStatus.Ended => "ended",
        _ => "cancelled",
    };

    /// <summary>signed-up, cancelled, checked-in or checked-out.</summary>
    public static string Status(SignUp s) =>
        s.CancelledAt is not null ? "cancelled" : s.CheckedOutAt is not null ? "checked-out" : s.CheckedInAt is not null ? "checked-in" : "signed-up";
}
