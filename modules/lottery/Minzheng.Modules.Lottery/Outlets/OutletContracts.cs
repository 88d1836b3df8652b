using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>设立申请: the outlet, its operator and its place.</summary>
/// <param name="Name">网点名称.</param>
/// <param name="Kind">dedicated (专营) or shared (兼营).</param>
/// <param name="OperatorName">业主姓名或单位名称.</param>
/// <param name="OperatorIdNumber">A person's ID number.</param>
/// <param name="OperatorCreditCode">Or an organisation's unified social credit code.</param>
/// <param name="Address">地址.</param>
/// <param name="DivisionCode">The village.</param>
/// <param name="Latitude">纬度 (WGS-84).</param>
/// <param name="Longitude">经度 (WGS-84).</param>
/// <param name="Premises">经营场所.</param>
/// <param name="StationNumber">网点编号 the sales centre gave (optional; the sales file names the outlet by it).</param>
public sealed record OutletApplication(string? Name, string? Kind, string? OperatorName, string? OperatorIdNumber, string? OperatorCreditCode, string? Address,
    string? DivisionCode, double? Latitude, double? Longitude, string? Premises, string? StationNumber = null);

/// <summary>A refusal's or closure's reason.</summary>
public sealed record ReasonRequest(string? Reason);

/// <summary>The sales centre's number of an outlet.</summary>
public sealed record StationNumberRequest(string? StationNumber);

/// <summary>An outlet in a list.</summary>
public sealed record OutletRow(Guid Id, string Name, string? StationNumber, string Kind, string OperatorName, string DivisionCode, string Status, DateOnly AppliedOn, DateOnly? OpenedOn);

/// <summary>
/// An outlet as staff see it, with today's siting check; <c>GET outlets/{id}</c> also answers its contracts, terminals
/// (every placement), inspections, penalties and moves (empty in a write's answer).
/// </summary>
public sealed record OutletView(
    Guid Id, string Name, string? StationNumber, string Kind, string OperatorName, string OperatorIdentifier, bool OperatorIsOrganisation, string Address, string DivisionCode,
    double Latitude, double Longitude, string Premises, string Status, DateOnly AppliedOn, DateOnly? OpenedOn, DateOnly? ClosedOn, string? Reason,
    SitingReport Siting, int Version, IReadOnlyList<TimelineEntry> History, IReadOnlyList<OutletContractRow> Contracts, IReadOnlyList<OutletTerminalRow> Terminals,
    IReadOnlyList<OutletInspectionRow> Inspections, IReadOnlyList<OutletPenaltyRow> Penalties, IReadOnlyList<OutletMoveRow> Moves)
{
    /// <summary>The view of <paramref name="o"/> with <paramref name="siting"/> and, when read, its <paramref name="records"/>.</summary>
    public static OutletView Of(Outlet o, SitingReport siting, OutletRecords? records = null)
    {
        var r = records ?? OutletRecords.None;
        return new(o.Id, o.Name, o.StationNumber, OutletCodes.Kind(o.Kind), o.OperatorName, o.OperatorIsOrganisation ? o.OperatorIdentifier : Masking.Mask(o.OperatorIdentifier),
            o.OperatorIsOrganisation, o.Address, o.DivisionCode, o.Latitude, o.Longitude, o.Premises, OutletCodes.Status(o.Status), o.AppliedOn, o.OpenedOn,
            o.ClosedOn, o.Reason, siting, o.Version, o.Steps.ToTimeline(), r.Contracts, r.Terminals, r.Inspections, r.Penalties, r.Moves);
    }

    /// <summary>The row of <paramref name="o"/>.</summary>
    public static OutletRow Row(Outlet o) =>
        new(o.Id, o.Name, o.StationNumber, OutletCodes.Kind(o.Kind), o.OperatorName, o.DivisionCode, OutletCodes.Status(o.Status), o.AppliedOn, o.OpenedOn);
}

/// <summary>The API codes of kinds and states.</summary>
public static class OutletCodes
{
    /// <summary>dedicated or shared.</summary>
    public static string Kind(OutletKind kind) => kind == OutletKind.Dedicated ? "dedicated" : "shared";

    /// <summary>Reads a kind.</summary>
    public static bool TryParseKind(string? code, out OutletKind kind)
    {
        kind = code == "shared" ? OutletKind.Shared : OutletKind.Dedicated;
        return code is "dedicated" or "shared";
    }

    /// <summary>applied, open, refused or closed.</summary>
    public static string Status(OutletStatus status) => status switch
    {
        OutletStatus.Applied => "applied",
        OutletStatus.Open => "open",
        OutletStatus.Refused => "refused",
        _ => "closed",
    };

    /// <summary>Counted as an outlet on <paramref name="day"/>: opened by then and not closed yet. A query's filter.</summary>
    public static System.Linq.Expressions.Expression<Func<Outlet, bool>> OpenOn(DateOnly day) =>
        o => o.OpenedOn != null && o.OpenedOn <= day && (o.ClosedOn == null || o.ClosedOn > day);
}
