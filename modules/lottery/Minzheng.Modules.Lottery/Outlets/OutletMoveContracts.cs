namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>迁址申请: the new place and why.</summary>
/// <param name="Address">新地址.</param>
/// <param name="DivisionCode">The new address's village (in the caller's scope).</param>
/// <param name="Latitude">新址纬度 (WGS-84).</param>
/// <param name="Longitude">新址经度 (WGS-84).</param>
/// <param name="Premises">新经营场所.</param>
/// <param name="Reason">迁址原因.</param>
public sealed record MoveApplication(string? Address, string? DivisionCode, double? Latitude, double? Longitude, string? Premises, string? Reason);

/// <summary>A move in the outlet's table and in the list: when, where to, and where it stands.</summary>
public sealed record OutletMoveRow(Guid Id, Guid OutletId, string OutletName, DateOnly AppliedOn, string Address, string DivisionCode, string Status, DateOnly? DecidedOn)
{
    /// <summary>The row of <paramref name="m"/> of the outlet named <paramref name="outletName"/>.</summary>
    public static OutletMoveRow Of(OutletMove m, string outletName) =>
        new(m.Id, m.OutletId, outletName, m.AppliedOn, m.Address, m.NewDivisionCode, OutletMoveRules.Code(m.Status), m.DecidedOn);
}

/// <summary>
/// A move as staff see it: the outlet, the old place and the new one, and the siting check at the new point (computed as
/// an opening's is, the outlet itself left out).
/// </summary>
public sealed record OutletMoveView(
    Guid Id, Guid OutletId, string OutletName, string Kind, string FromAddress, string FromDivisionCode, double FromLatitude, double FromLongitude, string FromPremises,
    string Address, string DivisionCode, double Latitude, double Longitude, string Premises, string Reason, string Status, DateOnly AppliedOn, string AppliedBy,
    DateOnly? DecidedOn, string? DecidedBy, string? RefusalReason, SitingReport Siting, int Version)
{
    /// <summary>The view of <paramref name="m"/> of <paramref name="outlet"/>, with the check at the new point.</summary>
    public static OutletMoveView Of(OutletMove m, Outlet outlet, SitingReport siting) =>
        new(m.Id, m.OutletId, outlet.Name, OutletCodes.Kind(outlet.Kind), m.FromAddress, m.DivisionCode, m.FromLatitude, m.FromLongitude, m.FromPremises,
            m.Address, m.NewDivisionCode, m.Latitude, m.Longitude, m.Premises, m.Reason, OutletMoveRules.Code(m.Status), m.AppliedOn, m.AppliedBy,
            m.DecidedOn, m.DecidedBy, m.RefusalReason, siting, m.Version);
}
