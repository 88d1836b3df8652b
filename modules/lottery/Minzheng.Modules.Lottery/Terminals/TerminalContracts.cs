namespace Minzheng.Modules.Lottery.Terminals;

/// <summary>安装: the terminal's serial number (the outlet is the route's).</summary>
public sealed record NewTerminal(string? SerialNumber);

/// <summary>迁移: the outlet it goes to, by id or by its 网点编号, and why.</summary>
public sealed record MoveTerminal(Guid? OutletId, string? StationNumber, string? Reason);

/// <summary>撤机: why.</summary>
public sealed record WithdrawTerminal(string? Reason);

/// <summary>A terminal's time at one outlet.</summary>
public sealed record PlacementView(Guid OutletId, string OutletName, DateOnly InstalledOn, DateOnly? RemovedOn, string? RemovalReason);

/// <summary>A terminal as staff see it, with where it stood.</summary>
public sealed record TerminalView(Guid Id, string SerialNumber, Guid? OutletId, string? OutletName, string DivisionCode, string Status, DateOnly? WithdrawnOn,
    string PlacementsText, IReadOnlyList<PlacementView> Placements, int Version)
{
    /// <summary>The view of <paramref name="t"/>, the outlets named by <paramref name="names"/>.</summary>
    public static TerminalView Of(Terminal t, IReadOnlyDictionary<Guid, string> names)
    {
        var placements = t.Placements.OrderBy(p => p.InstalledOn).ThenBy(p => p.RemovedOn == null).ThenBy(p => p.RemovedOn)
            .Select(p => new PlacementView(p.OutletId, names.GetValueOrDefault(p.OutletId, ""), p.InstalledOn, p.RemovedOn, p.RemovalReason)).ToList();
        return new(t.Id, t.SerialNumber, t.OutletId, t.OutletId is { } o ? names.GetValueOrDefault(o) : null, t.DivisionCode, t.OutletId is null ? "withdrawn" : "installed",
            t.WithdrawnOn, string.Join("；", placements.Select(p => $"{p.OutletName} {p.InstalledOn:yyyy-MM-dd}起{(p.RemovedOn is { } r ? $"至{r:yyyy-MM-dd}（{p.RemovalReason}）" : "")}")),
            placements, t.Version);
    }
}
