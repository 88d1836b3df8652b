using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>专营 (a shop that sells only lottery tickets) or 兼营 (a shop that sells them beside its trade).</summary>
public enum OutletKind
{
    /// <summary>专营.</summary>
    Dedicated = 1,

    /// <summary>兼营.</summary>
    Shared = 2,
}

/// <summary>Where an outlet stands.</summary>
public enum OutletStatus
{
    /// <summary>申请中: applied, not decided.</summary>
    Applied = 1,

    /// <summary>营业中: approved and open.</summary>
    Open = 2,

    /// <summary>不予设立.</summary>
    Refused = 3,

    /// <summary>已关闭.</summary>
    Closed = 4,
}

/// <summary>
/// A sales outlet (销售网点) of the welfare lottery, from the application to open it to its closure. The sales centre
/// sells; the bureau decides where an outlet may be. It belongs to the village of its address.
/// </summary>
public sealed class Outlet : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>网点名称 (e.g. 中国福利彩票 50011000123 号投注站).</summary>
    public string Name { get; set; } = "";

    /// <summary>专营 or 兼营.</summary>
    public OutletKind Kind { get; set; }

    /// <summary>
    /// 网点编号: the sales centre's number of the outlet, unique in the district; the sales centre's monthly sales file
    /// names outlets by it. Null until the centre has given one.
    /// </summary>
    public string? StationNumber { get; set; }

    /// <summary>业主: a person's name or an organisation's.</summary>
    public string OperatorName { get; set; } = "";

    /// <summary>The operator's ID number (a person) or unified social credit code (an organisation); the ID number shown masked.</summary>
    [Sensitive] public string OperatorIdentifier { get; set; } = "";

    /// <summary>Whether the operator is an organisation.</summary>
    public bool OperatorIsOrganisation { get; set; }

    /// <summary>地址.</summary>
    public string Address { get; set; } = "";

    /// <summary>The 12-digit code of its village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>纬度 (WGS-84).</summary>
    public double Latitude { get; set; }

    /// <summary>经度 (WGS-84).</summary>
    public double Longitude { get; set; }

    /// <summary>经营场所: area, ownership or lease.</summary>
    public string Premises { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public OutletStatus Status { get; set; }

    /// <summary>申请日期.</summary>
    public DateOnly AppliedOn { get; set; }

    /// <summary>设立 (approval) date: counted as an outlet from then.</summary>
    public DateOnly? OpenedOn { get; set; }

    /// <summary>关闭日期: no longer counted from then.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The reason of a refusal or a closure.</summary>
    public string? Reason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>The place as a point.</summary>
    public GeoPoint At => new(Latitude, Longitude);

    /// <summary>Its history, oldest first.</summary>
    public List<OutletStep> Steps { get; set; } = [];
}

/// <summary>One step of an outlet's history (受理, 批准, 不予设立, 关闭).</summary>
public sealed class OutletStep : WorkflowStep
{
    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }
}
