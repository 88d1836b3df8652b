using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>
/// A town's social work station (乡镇（街道）社会工作站): its name, the town (9-digit code, so a town's staff see their own),
/// address, opening day and the social workers working there (<see cref="SocialWorker.StationId"/>); closed on a day.
/// </summary>
public sealed class SocialWorkStation : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>The town's 9-digit code.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>地址.</summary>
    public string Address { get; set; } = "";

    /// <summary>建站日期.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>撤站日期: closed from then on.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
