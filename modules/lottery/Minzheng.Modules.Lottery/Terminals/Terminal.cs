using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Terminals;

/// <summary>
/// 销售终端: a terminal of the sales centre, placed at one outlet at a time. It stays the centre's: an outlet never
/// lends, rents or sells it (an inspection clause). Carries its outlet's village (the last one once withdrawn) so
/// that scope applies.
/// </summary>
public sealed class Terminal : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>终端序列号, unique in the district.</summary>
    public string SerialNumber { get; set; } = "";

    /// <summary>The outlet it stands at; null once withdrawn.</summary>
    public Guid? OutletId { get; set; }

    /// <summary>Its (last) outlet's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>撤机日期, once withdrawn.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Where it stood, oldest first.</summary>
    public List<TerminalPlacement> Placements { get; set; } = [];
}

/// <summary>A terminal's time at one outlet: installed (安装), then moved (迁移) or withdrawn (撤机).</summary>
public sealed class TerminalPlacement
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The terminal.</summary>
    public Guid TerminalId { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>安装日期.</summary>
    public DateOnly InstalledOn { get; set; }

    /// <summary>The day it left the outlet, moved or withdrawn.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>Why it left (迁移至…, 撤机原因).</summary>
    public string? RemovalReason { get; set; }
}

/// <summary>The most terminals an outlet of each kind may have (configuration <c>Modules:lottery:Terminals</c>).</summary>
public sealed class TerminalOptions
{
    /// <summary>Per 专营 outlet (default 3).</summary>
    public int MaxPerDedicatedOutlet { get; set; } = 3;

    /// <summary>Per 兼营 outlet (default 1: lottery sales beside a trade get one terminal).</summary>
    public int MaxPerSharedOutlet { get; set; } = 1;

    /// <summary>The limit for <paramref name="kind"/>.</summary>
    public int MaxFor(OutletKind kind) => kind == OutletKind.Dedicated ? MaxPerDedicatedOutlet : MaxPerSharedOutlet;
}

/// <summary>Where a terminal may go, plain C#.</summary>
public static class TerminalRules
{
    /// <summary>Why an outlet of <paramref name="kind"/> and <paramref name="status"/> holding <paramref name="installed"/> terminals cannot take one more, or null.</summary>
    public static string? PlacementProblem(OutletKind kind, OutletStatus status, int installed, TerminalOptions options)
    {
        if (status != OutletStatus.Open) return "只有营业中的网点可以安装销售终端";
        var max = options.MaxFor(kind);
        return installed >= max ? $"{(kind == OutletKind.Dedicated ? "专营" : "兼营")}网点最多配置{max}台销售终端（终端数量规定），该网点已有{installed}台" : null;
    }
}
