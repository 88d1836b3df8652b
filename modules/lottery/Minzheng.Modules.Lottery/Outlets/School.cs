using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>
/// A school the siting rule measures from, kept by district staff. A school that closes or moves is removed (移除) with
/// a reason rather than deleted: the siting checks already recorded on outlets' histories measured from it.
/// </summary>
public sealed class School : IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>学校名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>地址 (empty for the schools added before the address was kept).</summary>
    public string Address { get; set; } = "";

    /// <summary>The 12-digit code of its village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>纬度.</summary>
    public double Latitude { get; set; }

    /// <summary>经度.</summary>
    public double Longitude { get; set; }

    /// <summary>移除日期: from then the siting check no longer measures from it. Null while it counts.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>Who removed it.</summary>
    public string? RemovedBy { get; set; }

    /// <summary>移除原因 (e.g. 学校撤并、迁址).</summary>
    public string? RemovalReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
