using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Minzheng.Modules.Volunteer.CheckIn;

/// <summary>签到 or 签退: a QR code does one of the two.</summary>
public enum CheckInPurpose
{
    /// <summary>签到.</summary>
    In = 1,

    /// <summary>签退.</summary>
    Out = 2,
}

/// <summary>What a valid check-in token says.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Purpose">签到 or 签退.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record CheckInTicket(Guid ActivityId, CheckInPurpose Purpose, DateTimeOffset ExpiresAt);

/// <summary>
/// The token of an activity's QR code: the activity, the purpose and the expiry, protected (encrypted and signed) by the
/// platform's data-protection keys, which every host instance shares. A forged or altered token does not open; an
/// expired one is refused by the clock the tests can move (the time-limited protector reads the system clock instead).
/// </summary>
public sealed class CheckInLinks(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Minzheng.Modules.Volunteer.CheckIn.v1");

    /// <summary>A token for <paramref name="ticket"/>, safe in a URL.</summary>
    public string Issue(CheckInTicket ticket) =>
        _protector.Protect(string.Join('|', ticket.ActivityId.ToString("N"), (int)ticket.Purpose,
            ticket.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>The ticket of <paramref name="token"/>, or the reason it is refused (forged or expired) at <paramref name="now"/>.</summary>
    public (CheckInTicket? Ticket, string? Refusal) Read(string? token, DateTimeOffset now)
    {
        string payload;
        try
        {
            payload = string.IsNullOrWhiteSpace(token) ? "" : _protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            payload = "";
        }
        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var activityId) || !int.TryParse(parts[1], out var purpose)
            || !Enum.IsDefined((CheckInPurpose)purpose) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires))
        {
            return (null, "二维码无效，请扫描活动现场的签到二维码");
        }
        var ticket = new CheckInTicket(activityId, (CheckInPurpose)purpose, DateTimeOffset.FromUnixTimeSeconds(expires));
        return now > ticket.ExpiresAt ? (null, "二维码已过期，请扫描现场最新的二维码") : (ticket, null);
    }
}

/// <summary><c>Modules:volunteer:CheckInLinkMinutes</c>: how long a QR code works (default 120 minutes).</summary>
public sealed class CheckInOptions
{
    /// <summary>Minutes, 1 to 1440.</summary>
    public int LinkMinutes { get; set; } = 120;
}
