namespace Minzheng.Modules.Volunteer.CheckIn;

/// <summary>A volunteer checking in with their phone: the QR code's token and who they are.</summary>
/// <param name="Token">The token of the QR code scanned.</param>
/// <param name="IdNumber">身份证号码.</param>
/// <param name="VolunteerNumber">志愿者编号.</param>
public sealed record PublicCheckIn(string? Token, string? IdNumber, string? VolunteerNumber);

/// <summary>What the volunteer's phone shows after a check-in: no more than they know already.</summary>
/// <param name="Activity">活动名称.</param>
/// <param name="Name">The volunteer's name, masked (张*).</param>
/// <param name="Purpose">in or out.</param>
/// <param name="At">When.</param>
public sealed record CheckInAnswer(string Activity, string Name, string Purpose, DateTimeOffset At);

/// <summary>The QR code's link for staff to show or print.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Title">活动名称.</param>
/// <param name="Purpose">in or out.</param>
/// <param name="PurposeText">签到 or 签退.</param>
/// <param name="Url">The page the QR code opens (no account needed).</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record CheckInLink(Guid ActivityId, string Title, string Purpose, string PurposeText, string Url, DateTimeOffset ExpiresAt);

/// <summary>The API codes of purposes.</summary>
public static class CheckInCodes
{
    /// <summary>in or out.</summary>
    public static string Code(CheckInPurpose purpose) => purpose == CheckInPurpose.In ? "in" : "out";

    /// <summary>签到 or 签退.</summary>
    public static string Text(CheckInPurpose purpose) => purpose == CheckInPurpose.In ? "签到" : "签退";

    /// <summary>A name with all but its first character hidden (张**).</summary>
    public static string MaskName(string name) => name.Length <= 1 ? name : name[0] + new string('*', name.Length - 1);
}
