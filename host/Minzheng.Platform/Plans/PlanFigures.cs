using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;

namespace Minzheng.Platform.Plans;

/// <summary>Where a row's figure comes from.</summary>
public enum FigureSourceKind
{
    /// <summary>A module computed it from its data.</summary>
    Computed,

    /// <summary>District staff entered it.</summary>
    Entered,

    /// <summary>Nobody: see the figure's reason.</summary>
    None,
}

/// <summary>Whether a figure reaches its row's target.</summary>
public enum FigureStatus
{
    /// <summary>已达标.</summary>
    Met,

    /// <summary>未达标.</summary>
    NotMet,

    /// <summary>需人工对照: the target is against a figure from outside the plan.</summary>
    Unjudged,

    /// <summary>暂无数据.</summary>
    NoValue,
}

/// <summary>A row's figure for one caller and date, with where it comes from.</summary>
/// <param name="Figure">The value (or why there is none).</param>
/// <param name="Kind">Computed, entered or none.</param>
/// <param name="ModuleId">The computing module (also for a module that is installed but not enabled).</param>
/// <param name="ModuleName">Its display name.</param>
/// <param name="Rule">How the module computes it.</param>
/// <param name="Entry">The staff entry the value comes from.</param>
/// <param name="ByTown">Per town, when the module gives that.</param>
/// <param name="CanEnter">Whether the caller may enter a value for the row (the row is not computed here, and they are district staff who may).</param>
public sealed record RowFigure(
    IndicatorFigure Figure, FigureSourceKind Kind, string? ModuleId, string? ModuleName, string? Rule, PlanEntry? Entry,
    IReadOnlyDictionary<string, IndicatorFigure> ByTown, bool CanEnter);

/// <summary>
/// Computes a plan's rows for the caller: a row a module computes through that module's indicator in the
/// caller's scope (so a town clerk gets their town's figure) when the caller's district enables it; any other
/// row from the district's latest staff entry. Never a zero where there is no figure: the reason instead.
/// </summary>
internal sealed class PlanFigures(
    ICallerContext caller, ModuleCatalog modules, ModuleEnablement enablement, Func<PlatformDbContext> platformDb, IServiceProvider services,
    ILogger<PlanFigures> logger)
{
    /// <summary>Each row of <paramref name="plan"/> as of the end of <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<RowFigure>> RowsAsync(Plan plan, DateOnly asOf, CancellationToken cancellationToken)
    {
        var entries = await LatestEntriesAsync(plan, asOf, cancellationToken);
        var rows = new List<RowFigure>();
        foreach (var row in plan.Rows)
        {
            rows.Add(await FigureAsync(row, asOf, entries.GetValueOrDefault(row.Number), cancellationToken));
        }
        return rows;
    }

    /// <summary>One row as of the end of <paramref name="asOf"/>.</summary>
    public async Task<RowFigure> RowAsync(Plan plan, PlanRow row, DateOnly asOf, CancellationToken cancellationToken)
    {
        var entries = await LatestEntriesAsync(plan, asOf, cancellationToken);
        return await FigureAsync(row, asOf, entries.GetValueOrDefault(row.Number), cancellationToken);
    }

    /// <summary>Whether a module computes <paramref name="row"/> in the caller's district (then staff may not enter it).</summary>
    public bool IsComputedHere(PlanRow row) => row.Indicator is { } key && enablement.IsEnabled(caller.DistrictId, ModuleOf(key));

    /// <summary>Whether <paramref name="figure"/> reaches the row's target.</summary>
    public static FigureStatus StatusOf(PlanRow row, IndicatorFigure figure) =>
        figure.Value is not { } value ? FigureStatus.NoValue
        : row.Target.IsMetBy(value) switch { true => FigureStatus.Met, false => FigureStatus.NotMet, null => FigureStatus.Unjudged };

    /// <summary>The status as staff read it.</summary>
    public static string StatusText(FigureStatus status) => status switch
    {
        FigureStatus.Met => "已达标",
        FigureStatus.NotMet => "未达标",
        FigureStatus.Unjudged => "需人工对照",
        _ => "暂无数据",
    };

    private static string ModuleOf(string key) => key[..key.IndexOf('.', StringComparison.Ordinal)];

    private async Task<RowFigure> FigureAsync(PlanRow row, DateOnly asOf, PlanEntry? entry, CancellationToken cancellationToken)
    {
        var districtStaff = caller.Scope.Level == OrgLevel.District;
        var canEnter = districtStaff && caller.HasPermission(PlatformPermissions.PlanEnter) && !IsComputedHere(row);
        string? moduleId = null, moduleName = null;
        string? notHere = null;
        if (row.Indicator is { } key)
        {
            moduleId = ModuleOf(key);
            var installed = modules.All.FirstOrDefault(m => m.Id == moduleId);
            moduleName = installed?.Manifest?.DisplayName;
            if (installed is null || modules.FindLoaded(moduleId) is null)
            {
                notHere = installed is null ? $"未安装计算该指标的模块（{moduleId}）" : $"“{moduleName ?? moduleId}”模块未能加载，该指标未计算";
            }
            else if (!enablement.IsEnabled(caller.DistrictId, moduleId))
            {
                notHere = $"本区未启用“{moduleName}”模块，该指标未计算";
            }
            else
            {
                return await ComputeAsync(key, moduleId, moduleName, asOf, cancellationToken);
            }
        }
        if (entry is not null)
        {
            // An entered figure is the district's: a town's account would read it as its own town's.
            return districtStaff
                ? new RowFigure(IndicatorFigure.Of(entry.ShownValue), FigureSourceKind.Entered, moduleId, moduleName, null, entry, new Dictionary<string, IndicatorFigure>(), canEnter)
                : new RowFigure(IndicatorFigure.Missing("区级录入的指标，只对区级账户显示"), FigureSourceKind.None, moduleId, moduleName, null, null,
                    new Dictionary<string, IndicatorFigure>(), canEnter);
        }
        var reason = notHere ?? (row.Indicator is null ? "尚未录入（该指标由区民政工作人员录入）" : "尚未录入");
        if (notHere is not null && districtStaff)
        {
            reason += "；可由区民政工作人员录入";
        }
        return new RowFigure(IndicatorFigure.Missing(reason), FigureSourceKind.None, moduleId, moduleName, null, null, new Dictionary<string, IndicatorFigure>(), canEnter);
    }

    private async Task<RowFigure> ComputeAsync(string key, string moduleId, string? moduleName, DateOnly asOf, CancellationToken cancellationToken)
    {
        var indicator = modules.ImplementationsOf<IIndicator>().Where(i => i.ModuleId == moduleId)
            .Select(i => (IIndicator)services.GetRequiredService(i.Type)).FirstOrDefault(i => i.Key == key);
        if (indicator is null)
        {
            return new RowFigure(IndicatorFigure.Missing($"“{moduleName}”模块声明了该指标但未提供计算"), FigureSourceKind.None, moduleId, moduleName, null, null,
                new Dictionary<string, IndicatorFigure>(), false);
        }
        try
        {
            var result = await indicator.ComputeAsync(asOf, cancellationToken);
            return new RowFigure(result.Total, FigureSourceKind.Computed, moduleId, moduleName, result.Rule, null, result.ByTown, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One module's fault must not take the whole plan page down; the log has the details.
            logger.LogError(e, "Indicator {Indicator} failed for district {District}", key, caller.DistrictId);
            return new RowFigure(IndicatorFigure.Missing("计算出错，请联系系统管理员查看日志"), FigureSourceKind.None, moduleId, moduleName, null, null,
                new Dictionary<string, IndicatorFigure>(), false);
        }
    }

    private async Task<Dictionary<int, PlanEntry>> LatestEntriesAsync(Plan plan, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = platformDb();
        var entries = await db.PlanEntries.AsNoTracking()
            .Where(e => e.DistrictId == caller.DistrictId && e.PlanId == plan.Id && e.ValueAsOf <= asOf)
            .ToListAsync(cancellationToken);
        // The latest date wins; on one date, the latest entry (a correction).
        return entries.GroupBy(e => e.RowNumber)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ValueAsOf).ThenByDescending(e => e.EnteredAt).First());
    }
}
