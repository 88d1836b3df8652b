namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>Check-in and check-out, at the desk or by QR code: one rule for both.</summary>
public static class Attendance
{
    /// <summary>Checks in at <paramref name="now"/>, or says why not.</summary>
    public static string? CheckIn(Activity activity, SignUp signUp, DateTimeOffset now, string by)
    {
        if (ActivityRules.RefuseCheckIn(activity, signUp, now) is { } refusal) return refusal;
        signUp.CheckedInAt = now;
        signUp.CheckInBy = by;
        return null;
    }

    /// <summary>Checks out at <paramref name="now"/>, or says why not.</summary>
    public static string? CheckOut(Activity activity, SignUp signUp, DateTimeOffset now)
    {
        if (ActivityRules.RefuseCheckOut(activity, signUp, now) is { } refusal) return refusal;
        signUp.CheckedOutAt = now;
        return null;
    }
}
