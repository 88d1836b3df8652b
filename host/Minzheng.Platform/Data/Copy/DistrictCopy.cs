using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data.Copy;

/// <summary>What was copied of one database: rows per table.</summary>
public sealed record CopiedDatabase(string Database, IReadOnlyList<(string Table, int Rows)> Tables);

/// <summary>
/// Copies one district's data from the embedded SQLite files to the configured PostgreSQL server
/// (<c>dotnet Minzheng.Host.dll copy-to-postgresql &lt;district&gt;</c>): the platform's district databases
/// (registry, audit) and every module database that has a file. The target must be migrated (the host
/// does that at start-up) and empty; each database is copied in one transaction, rows as they are (the
/// audit chain keeps its hashes), bypassing the audit and the outbox: a copy is not a change.
/// </summary>
public sealed class DistrictCopy(ModuleCatalog catalog, DistrictDirectory districts, ModuleEnablement enablement, DataFolder folder, ModuleDatabases target)
{
    private const int Batch = 1000;

    /// <summary>Copies <paramref name="districtId"/>; returns what was copied, database by database.</summary>
    /// <exception cref="ConfigurationProblem">Not on PostgreSQL, unknown district, or a target table not empty.</exception>
    public async Task<IReadOnlyList<CopiedDatabase>> RunAsync(string districtId, Action<string> progress, CancellationToken cancellationToken)
    {
        if (target.Store.Engine != DatabaseEngine.PostgreSql)
        {
            throw new ConfigurationProblem("copy-to-postgresql needs Minzheng:Database:Engine = PostgreSql and its connection string: that is where the data goes.");
        }
        if (districts.Find(districtId) is null)
        {
            throw new ConfigurationProblem($"District '{districtId}' is not configured (Minzheng:Districts).");
        }
        var source = target.WithStore(new SqliteStore(folder));
        var copied = new List<CopiedDatabase>();
        foreach (var module in catalog.Loaded.Where(m => !enablement.IsEnabled(districtId, m.Id) && File.Exists(folder.DistrictDatabase(districtId, m.Id))))
        {
            progress($"{module.Id}: not enabled in '{districtId}' on this deployment, its SQLite file is left as it is (enable the module, then copy again into fresh databases)");
        }
        var present = ContextsOf(districtId).Where(c => File.Exists(folder.DistrictDatabase(districtId, c.Name))).ToList();
        // Every target checked before anything is written: a refusal leaves all of them untouched.
        foreach (var (contextType, _) in present)
        {
            await EnsureEmptyAsync(contextType, districtId, cancellationToken);
        }
        foreach (var (contextType, name) in present)
        {
            progress($"{name}: copying …");
            var tables = await CopyAsync(contextType, source, districtId, cancellationToken);
            copied.Add(new CopiedDatabase(name, tables));
            progress($"{name}: {tables.Sum(t => t.Rows)} rows in {tables.Count} tables");
        }
        return copied;
    }

    private IEnumerable<(Type Context, string Name)> ContextsOf(string districtId) =>
        target.PlatformDatabases.Select(p => (p.ContextType, ModuleDatabases.PlatformSource + "-" + p.Name))
            .Concat(catalog.Loaded.Where(m => enablement.IsEnabled(districtId, m.Id)).SelectMany(m => ModuleCatalog.DbContextTypesOf(m).Select(t => (t, m.Id))));

    private async Task<List<(string Table, int Rows)>> CopyAsync(Type contextType, ModuleDatabases source, string districtId, CancellationToken cancellationToken)
    {
        await using var from = (DbContext)Activator.CreateInstance(contextType, source.BareOptionsFor(contextType, districtId))!;
        await using var to = (DbContext)Activator.CreateInstance(contextType, BareTarget(contextType, districtId))!;
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        var entityTypes = InsertionOrder(to.Model);
        var counts = new List<(string, int)>();
        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        foreach (var entityType in entityTypes)
        {
            var rows = 0;
            while (true)
            {
                var batch = await ReadAsync(from, entityType, rows, cancellationToken);
                foreach (var row in batch)
                {
                    AddWithOwned(to, from.Entry(row));
                }
                await to.SaveChangesAsync(cancellationToken);
                to.ChangeTracker.Clear();
                from.ChangeTracker.Clear();
                rows += batch.Count;
                if (batch.Count < Batch)
                {
                    break;
                }
            }
            await AdvanceIdentityAsync(to, entityType, cancellationToken);
            counts.Add((entityType.GetTableName()!, rows));
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private async Task EnsureEmptyAsync(Type contextType, string districtId, CancellationToken cancellationToken)
    {
        await using var to = (DbContext)Activator.CreateInstance(contextType, BareTarget(contextType, districtId))!;
        foreach (var entityType in InsertionOrder(to.Model))
        {
            if (await CountAsync(to, entityType, cancellationToken) > 0)
            {
                throw new ConfigurationProblem($"Table {entityType.GetTableName()} of {contextType.Name} in district '{districtId}' on PostgreSQL is not empty: copy into fresh databases only.");
            }
        }
    }

    private DbContextOptions BareTarget(Type contextType, string districtId) => target.BareOptionsFor(contextType, districtId);

    // Principals before dependents, so that foreign keys hold at every insert.
    private static List<IEntityType> InsertionOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType) || fk.PrincipalEntityType.IsOwned())).ToList();
            if (ready.Count == 0)
            {
                ready = [pending[0]];
            }
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private static Task<int> CountAsync(DbContext context, IEntityType entityType, CancellationToken cancellationToken) =>
        Query(context, entityType).CountAsync(cancellationToken);

    private static async Task<List<object>> ReadAsync(DbContext context, IEntityType entityType, int skip, CancellationToken cancellationToken)
    {
        var query = Query(context, entityType);
        // A stable order over the key, so that batches neither repeat nor skip rows.
        var key = entityType.FindPrimaryKey()!.Properties;
        var ordered = query.OrderBy(e => EF.Property<object>(e, key[0].Name));
        for (var i = 1; i < key.Count; i++)
        {
            var name = key[i].Name;
            ordered = ordered.ThenBy(e => EF.Property<object>(e, name));
        }
        return await ordered.Skip(skip).Take(Batch).ToListAsync(cancellationToken);
    }

    private static IQueryable<object> Query(DbContext context, IEntityType entityType) =>
        (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(context, null)!;

    // The same row in the target, shadow properties (keys and foreign keys EF keeps off the class) included.
    private static void AddWithOwned(DbContext to, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry from)
    {
        var entry = to.Entry(from.Entity);
        entry.State = EntityState.Added;
        foreach (var property in from.Metadata.GetProperties().Where(p => p.IsShadowProperty()))
        {
            entry.Property(property.Name).CurrentValue = from.Property(property.Name).CurrentValue;
        }
        foreach (var navigation in from.Metadata.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var value = from.Navigation(navigation.Name).CurrentValue;
            var owned = value is System.Collections.IEnumerable many && value is not string ? many.Cast<object>() : value is null ? [] : [value];
            foreach (var item in owned)
            {
                AddWithOwned(to, from.Context.Entry(item));
            }
        }
    }

    // Rows came with their ids: identity sequences must start after them, or the next insert collides.
    private static async Task AdvanceIdentityAsync(DbContext context, IEntityType entityType, CancellationToken cancellationToken)
    {
        var table = entityType.GetTableName()!;
        foreach (var property in entityType.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd
                     && (p.ClrType == typeof(int) || p.ClrType == typeof(long))))
        {
            var column = property.GetColumnName();
            var sql = $"""SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), GREATEST(COALESCE((SELECT MAX("{column}") FROM "{table}"), 0), 1), (SELECT COUNT(*) > 0 FROM "{table}"))""";
            await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
