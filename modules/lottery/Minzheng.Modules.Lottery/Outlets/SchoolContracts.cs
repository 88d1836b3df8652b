namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>A school to measure from.</summary>
/// <param name="Name">学校名称.</param>
/// <param name="DivisionCode">The village.</param>
/// <param name="Latitude">纬度 (WGS-84).</param>
/// <param name="Longitude">经度 (WGS-84).</param>
/// <param name="Address">地址 (optional).</param>
public sealed record NewSchool(string? Name, string? DivisionCode, double? Latitude, double? Longitude, string? Address = null);

/// <summary>A school as staff see it: <c>status</c> current (counted by the siting check) or removed.</summary>
public sealed record SchoolView(Guid Id, string Name, string Address, string DivisionCode, string TownCode, double Latitude, double Longitude, string Status,
    DateOnly? RemovedOn, string? RemovedBy, string? RemovalReason, int Version)
{
    /// <summary>The view of <paramref name="s"/>.</summary>
    public static SchoolView Of(School s) => new(s.Id, s.Name, s.Address, s.DivisionCode, Minzheng.Sdk.Registry.DivisionCode.TownOf(s.DivisionCode), s.Latitude, s.Longitude,
        s.RemovedOn is null ? "current" : "removed", s.RemovedOn, s.RemovedBy, s.RemovalReason, s.Version);
}
