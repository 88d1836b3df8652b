using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>Where an activity stands.</summary>
public enum ActivityStatus
{
    /// <summary>招募中: open for sign-up and attendance.</summary>
    Recruiting = 1,

    /// <summary>已结束: its hours are recorded.</summary>
    Ended = 2,

    /// <summary>已取消.</summary>
    Cancelled = 3,
}

/// <summary>
/// A volunteer service activity (志愿服务活动): recruitment with positions, sign-ups, attendance. Whoever organises it
/// records the hours (志愿服务记录与证明出具办法: 谁组织、谁记录).
/// </summary>
public sealed class Activity : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>活动名称.</summary>
    public string Title { get; set; } = "";

    /// <summary>组织单位 (a team, a village committee, a social organisation) by name.</summary>
    public string Organiser { get; set; } = "";

    /// <summary>The organising team, when a team of the register organises it.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>The registered organiser (组织单位) whose name <see cref="Organiser"/> is, when it is one.</summary>
    public Guid? OrganiserId { get; set; }

    /// <summary>The village (or town) where it takes place.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>活动地点.</summary>
    public string Place { get; set; } = "";

    /// <summary>开始时间.</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>结束时间.</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>服务内容 and 招募要求.</summary>
    public string Description { get; set; } = "";

    /// <summary>Whether minors may take part (with what the age bands ask).</summary>
    public bool SuitableForMinors { get; set; }

    /// <summary>The lowest age allowed, if the activity sets one.</summary>
    public int? MinimumAge { get; set; }

    /// <summary>Where it stands.</summary>
    public ActivityStatus Status { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its positions (岗位) with the numbers wanted.</summary>
    public List<ActivityPosition> Positions { get; set; } = [];

    /// <summary>Its sign-ups, cancelled ones included.</summary>
    public List<SignUp> SignUps { get; set; } = [];
}

/// <summary>A position (岗位) of an activity and how many volunteers it wants.</summary>
public sealed class ActivityPosition
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The activity.</summary>
    public Guid ActivityId { get; set; }

    /// <summary>岗位名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>招募人数.</summary>
    public int Wanted { get; set; }
}

/// <summary>A volunteer's sign-up (报名) for a position, and their attendance (签到/签退).</summary>
public sealed class SignUp
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The activity.</summary>
    public Guid ActivityId { get; set; }

    /// <summary>The position.</summary>
    public Guid PositionId { get; set; }

    /// <summary>The volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>报名时间.</summary>
    public DateTimeOffset SignedUpAt { get; set; }

    /// <summary>取消时间; a cancelled sign-up frees its place and is kept.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>签到时间.</summary>
    public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>签退时间.</summary>
    public DateTimeOffset? CheckedOutAt { get; set; }

    /// <summary>How attendance was taken: desk (by staff) or qr (by the volunteer's phone).</summary>
    public string? CheckInBy { get; set; }

    /// <summary>For a band that asks it: the guardian comes along (confirmed at sign-up).</summary>
    public bool GuardianPresent { get; set; }
}
