using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Modules;

namespace Minzheng.Platform.Districts;

/// <summary>
/// Which modules each district has switched on. Starts from configuration (with the dependencies of
/// what it names), then applies the deployer's run-time switches, which persist in the platform
/// database and so outlive restarts.
/// </summary>
public sealed class ModuleEnablement
{
    private readonly ModuleCatalog _catalog;
    private readonly DistrictDirectory _districts;
    private readonly Func<PlatformDbContext> _platformDb;
    private readonly ModuleMigrator _migrator;
    private readonly TimeProvider _clock;
    private readonly AuditWriter _audit;
    private readonly ILogger<ModuleEnablement> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Dictionary<string, IReadOnlySet<string>> _enabled = new();

    /// <summary>Creates the service; <see cref="InitializeAsync"/> must run before it answers.</summary>
    public ModuleEnablement(ModuleCatalog catalog, DistrictDirectory districts, Func<PlatformDbContext> platformDb,
        ModuleMigrator migrator, TimeProvider clock, AuditWriter audit, ILogger<ModuleEnablement> logger)
    {
        _catalog = catalog;
        _districts = districts;
        _platformDb = platformDb;
        _migrator = migrator;
        _clock = clock;
        _audit = audit;
        _logger = logger;
    }

    /// <summary>Whether <paramref name="moduleId"/> is loaded and enabled in <paramref name="districtId"/>.</summary>
    public bool IsEnabled(string districtId, string moduleId) =>
        _enabled.TryGetValue(districtId, out var set) && set.Contains(moduleId);

    /// <summary>The modules enabled in a district, in load order.</summary>
    public IReadOnlyList<string> EnabledIn(string districtId) =>
        _catalog.Loaded.Select(m => m.Id).Where(id => IsEnabled(districtId, id)).ToList();

    /// <summary>The districts that enable a module.</summary>
    public IReadOnlyList<string> DistrictsEnabling(string moduleId) =>
        _districts.All.Where(d => IsEnabled(d.Id, moduleId)).Select(d => d.Id).ToList();

    /// <summary>
    /// Computes every district's modules from configuration and stored switches and migrates their
    /// databases. Called once at start-up.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = _platformDb();
        var switches = await db.ModuleSwitches.AsNoTracking().ToListAsync(cancellationToken);
        var enabled = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var district in _districts.All)
        {
            await _migrator.MigratePlatformAsync(district.Id, cancellationToken);
            var set = new HashSet<string>();
            foreach (var id in district.ConfiguredModules.Where(id => _catalog.FindLoaded(id) is not null))
            {
                set.UnionWith(WithDependencies(id));
            }
            foreach (var s in switches.Where(s => s.DistrictId == district.Id))
            {
                if (s.Enabled && _catalog.FindLoaded(s.ModuleId) is not null)
                {
                    set.UnionWith(WithDependencies(s.ModuleId));
                }
                else
                {
                    set.Remove(s.ModuleId);
                }
            }
            // A module whose dependency is switched off cannot run either.
            set.RemoveWhere(id => !WithDependencies(id).IsSubsetOf(set));
            enabled[district.Id] = set;
            foreach (var id in set)
            {
                await _migrator.MigrateAsync(_catalog.FindLoaded(id)!, district.Id, cancellationToken);
            }
        }
        _enabled = enabled;
    }

    /// <summary>
    /// Enables a module and whatever it depends on in a district, migrating their databases first.
    /// </summary>
    /// <returns>The modules that were newly enabled (the module itself and any dependencies brought in).</returns>
    public async Task<EnablementResult> EnableAsync(string districtId, string moduleId, string changedBy, CancellationToken cancellationToken)
    {
        var module = _catalog.FindLoaded(moduleId);
        if (module is null)
        {
            return EnablementResult.Refused(_catalog.All.FirstOrDefault(m => m.Id == moduleId) is { } refused
                ? $"模块“{moduleId}”未能加载，无法启用：{refused.Reason}"
                : $"没有安装 id 为“{moduleId}”的模块。");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _enabled.GetValueOrDefault(districtId) ?? new HashSet<string>();
            var added = _catalog.Loaded.Select(m => m.Id)
                .Where(id => WithDependencies(moduleId).Contains(id) && !current.Contains(id))
                .ToList();
            foreach (var id in added)
            {
                await _migrator.MigrateAsync(_catalog.FindLoaded(id)!, districtId, cancellationToken);
            }
            await SaveSwitchesAsync(districtId, added, true, changedBy, cancellationToken);
            Publish(districtId, new HashSet<string>(current.Concat(added)));
            await AuditAsync(districtId, added, true, changedBy);
            _logger.LogInformation("{User} enabled {Modules} in district {District}", changedBy, added, districtId);
            return EnablementResult.Done(added);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Disables a module in a district, unless an enabled module depends on it.</summary>
    public async Task<EnablementResult> DisableAsync(string districtId, string moduleId, string changedBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _enabled.GetValueOrDefault(districtId) ?? new HashSet<string>();
            if (!current.Contains(moduleId))
            {
                return EnablementResult.Done([]);
            }
            var dependents = current
                .Where(id => id != moduleId && _catalog.FindLoaded(id)!.Manifest!.Dependencies.ContainsKey(moduleId))
                .Order()
                .ToList();
            if (dependents.Count > 0)
            {
                return EnablementResult.Refused(
                    $"不能停用“{DisplayName(moduleId)}”：已启用的{string.Join("、", dependents.Select(d => $"“{DisplayName(d)}”"))}依赖它，请先停用这些模块。");
            }
            await SaveSwitchesAsync(districtId, [moduleId], false, changedBy, cancellationToken);
            Publish(districtId, new HashSet<string>(current.Where(id => id != moduleId)));
            await AuditAsync(districtId, [moduleId], false, changedBy);
            _logger.LogInformation("{User} disabled {Module} in district {District}", changedBy, moduleId, districtId);
            return EnablementResult.Done([moduleId]);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string DisplayName(string moduleId) => _catalog.FindLoaded(moduleId)?.Manifest?.DisplayName ?? moduleId;

    private HashSet<string> WithDependencies(string moduleId)
    {
        var result = new HashSet<string>();
        var pending = new Stack<string>([moduleId]);
        while (pending.TryPop(out var id))
        {
            if (result.Add(id) && _catalog.FindLoaded(id) is { } module)
            {
                foreach (var dependency in module.Manifest!.Dependencies.Keys)
                {
                    pending.Push(dependency);
                }
            }
        }
        return result;
    }

    private void Publish(string districtId, IReadOnlySet<string> set) =>
        _enabled = new Dictionary<string, IReadOnlySet<string>>(_enabled) { [districtId] = set };

    // The switch is saved by now: its record must follow even if the caller gives up.
    private Task AuditAsync(string districtId, IReadOnlyList<string> moduleIds, bool enabled, string changedBy) =>
        _audit.AppendAsync(districtId, moduleIds.Select(id => new AuditDraft(
                ModuleDatabases.PlatformSource, new AuditActor(changedBy, changedBy), enabled ? "module-enabled" : "module-disabled", "Module", id,
                Before: AuditJson.Object("enabled", !enabled), After: AuditJson.Object("enabled", enabled))).ToList(),
            CancellationToken.None);

    private async Task SaveSwitchesAsync(string districtId, IEnumerable<string> moduleIds, bool enabled, string changedBy, CancellationToken cancellationToken)
    {
        await using var db = _platformDb();
        foreach (var id in moduleIds)
        {
            var row = await db.ModuleSwitches.FindAsync([districtId, id], cancellationToken);
            if (row is null)
            {
                row = new ModuleSwitch { DistrictId = districtId, ModuleId = id };
                db.ModuleSwitches.Add(row);
            }
            row.Enabled = enabled;
            row.ChangedAt = _clock.GetUtcNow();
            row.ChangedBy = changedBy;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The outcome of switching a module: the modules changed, or why nothing was.</summary>
/// <param name="Changed">Modules switched (empty when nothing needed to change).</param>
/// <param name="RefusalReason">Why the switch was refused, in Chinese for staff; null when done.</param>
public sealed record EnablementResult(IReadOnlyList<string> Changed, string? RefusalReason)
{
    /// <summary>Done, with the modules switched.</summary>
    public static EnablementResult Done(IReadOnlyList<string> changed) => new(changed, null);

    /// <summary>Refused, with the reason.</summary>
    public static EnablementResult Refused(string reason) => new([], reason);
}
