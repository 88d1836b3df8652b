namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>An activity's rules: plain C#, no web, no database.</summary>
public static class ActivityRules
{
    /// <summary>How long before the start attendance opens.</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromHours(1);

    /// <summary>How long after the end a volunteer may still check out.</summary>
    public static readonly TimeSpan CheckOutClosesAfter = TimeSpan.FromHours(2);

    /// <summary>Why a volunteer cannot check in at <paramref name="now"/>, or null.</summary>
    public static string? RefuseCheckIn(Activity activity, SignUp signUp, DateTimeOffset now)
    {
        if (activity.Status != ActivityStatus.Recruiting) return "活动已结束或已取消，不能签到";
        if (signUp.CancelledAt is not null) return "该报名已取消，不能签到";
        if (signUp.CheckedInAt is not null) return "已签到，不能重复签到";
        if (now < activity.StartsAt - CheckInOpensBefore) return "签到在活动开始前1小时开放";
        if (now > activity.EndsAt) return "活动已结束，不能签到";
        return null;
    }

    /// <summary>Why a volunteer cannot check out at <paramref name="now"/>, or null.</summary>
    public static string? RefuseCheckOut(Activity activity, SignUp signUp, DateTimeOffset now)
    {
        if (activity.Status != ActivityStatus.Recruiting) return "活动已结束或已取消，不能签退";
        if (signUp.CheckedInAt is null) return "尚未签到，不能签退";
        if (signUp.CheckedOutAt is not null) return "已签退，不能重复签退";
        if (now > activity.EndsAt + CheckOutClosesAfter) return "已超过签退时限（活动结束后2小时），请由组织单位登记时长";
        return null;
    }

    /// <summary>
    /// The hours of an attendance, excluding travel: check-in to check-out, within the activity's time, to a tenth of an
    /// hour (rounded down: a record never says more than was served).
    /// </summary>
    public static decimal HoursServed(DateTimeOffset checkedIn, DateTimeOffset checkedOut, Activity activity)
    {
        var from = checkedIn < activity.StartsAt ? activity.StartsAt : checkedIn;
        var to = checkedOut > activity.EndsAt ? activity.EndsAt : checkedOut;
        if (to <= from) return 0;
        return Math.Floor((decimal)(to - from).TotalHours * 10) / 10;
    }

    /// <summary>Why the activity's times are wrong, or null: the end after the start, at most 7 days long.</summary>
    public static string? RefuseTimes(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        endsAt <= startsAt ? "结束时间应晚于开始时间"
        : endsAt - startsAt > TimeSpan.FromDays(7) ? "一次活动不能超过7天，请分次发布"
        : null;
}
