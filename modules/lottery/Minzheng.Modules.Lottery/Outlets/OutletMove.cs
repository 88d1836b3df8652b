using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>Where a move stands.</summary>
public enum MoveStatus
{
    /// <summary>申请中: applied, not decided (at most one per outlet).</summary>
    Applied = 1,

    /// <summary>已迁址: approved; the outlet stands at the new place.</summary>
    Approved = 2,

    /// <summary>不予迁址 (also when the outlet closed before the decision).</summary>
    Refused = 3,
}

/// <summary>
/// 迁址申请: an open outlet's application to move to a new address, checked against the siting rules at the new point as
/// an opening is, and decided by the district. Belongs to the outlet's village at the time of the application (its town
/// applied for it and sees it); the old place is kept beside the new one.
/// </summary>
public sealed class OutletMove : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>The outlet's village when the move was applied for (scope).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>原地址.</summary>
    public string FromAddress { get; set; } = "";

    /// <summary>原纬度.</summary>
    public double FromLatitude { get; set; }

    /// <summary>原经度.</summary>
    public double FromLongitude { get; set; }

    /// <summary>原经营场所.</summary>
    public string FromPremises { get; set; } = "";

    /// <summary>新地址.</summary>
    public string Address { get; set; } = "";

    /// <summary>The 12-digit code of the new address's village.</summary>
    public string NewDivisionCode { get; set; } = "";

    /// <summary>新址纬度 (WGS-84).</summary>
    public double Latitude { get; set; }

    /// <summary>新址经度 (WGS-84).</summary>
    public double Longitude { get; set; }

    /// <summary>新经营场所: area, ownership or lease.</summary>
    public string Premises { get; set; } = "";

    /// <summary>迁址原因.</summary>
    public string Reason { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public MoveStatus Status { get; set; }

    /// <summary>申请日期.</summary>
    public DateOnly AppliedOn { get; set; }

    /// <summary>Who applied.</summary>
    public string AppliedBy { get; set; } = "";

    /// <summary>决定日期.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>Who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>不予迁址的原因.</summary>
    public string? RefusalReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>The new place as a point.</summary>
    public GeoPoint At => new(Latitude, Longitude);
}

/// <summary>The moves' rules, plain C#.</summary>
public static class OutletMoveRules
{
    /// <summary>Why an outlet in <paramref name="status"/> may not apply to move (<paramref name="pending"/>: it has an undecided move), or null.</summary>
    public static string? WhyNot(OutletStatus status, bool pending) =>
        status != OutletStatus.Open ? "只有营业中的网点可以申请迁址（申请中、不予设立或已关闭的网点不能迁址）。"
        : pending ? "该网点已有未决定的迁址申请，请待区民政局决定后再申请。"
        : null;

    /// <summary>
    /// The history's line of a move: the place before → after, each with its village's name (or code), coordinates and
    /// premises (迁址：万盛街道…（万新路社区，28.960000, 106.920000；临街门面） → …).
    /// </summary>
    public static string Change(OutletMove move, Func<string, string> villageName) =>
        $"{Place(move.FromAddress, villageName(move.DivisionCode), move.FromLatitude, move.FromLongitude, move.FromPremises)} → "
        + Place(move.Address, villageName(move.NewDivisionCode), move.Latitude, move.Longitude, move.Premises);

    private static string Place(string address, string village, double latitude, double longitude, string premises) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{address}（{village}，{latitude:F6}, {longitude:F6}；{premises}）");

    /// <summary>applied, approved or refused.</summary>
    public static string Code(MoveStatus status) => status switch
    {
        MoveStatus.Applied => "applied",
        MoveStatus.Approved => "approved",
        _ => "refused",
    };
}
