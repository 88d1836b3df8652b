using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Minzheng.Sdk.Data;

/// <summary>
/// The migrations of one engine in an assembly that holds a set per engine. EF Core finds migrations
/// and the model snapshot by their DbContext only, so with two sets it would mix them: this keeps the
/// PostgreSQL set (namespace ending in <c>.PostgreSql</c>) for PostgreSQL and every other one for SQLite.
/// </summary>
internal sealed class EngineMigrationsAssembly : IMigrationsAssembly
{
    internal const string PostgreSqlNamespaceSuffix = "." + nameof(DatabaseEngine.PostgreSql);

    private readonly Type _contextType;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public EngineMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options)
    {
        _contextType = currentContext.Context.GetType();
        var relational = RelationalOptionsExtension.Extract(options);
        // The assembly object, not its name: a module is loaded in its own load context, where a name would not find it.
        Assembly = relational.MigrationsAssemblyObject ?? _contextType.Assembly;
        var engine = relational.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal) ? DatabaseEngine.PostgreSql : DatabaseEngine.Sqlite;
        var ours = Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }).Select(t => t.GetTypeInfo())
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType && IsOf(t, engine))
            .ToList();
        _migrations = new(() => ours
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
            .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()!.Id, Type: t))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToDictionary(m => m.Id, m => m.Type));
        _snapshot = new(() => ours.Where(t => t.IsSubclassOf(typeof(ModelSnapshot)))
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
            .FirstOrDefault());
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.Where(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                                    || string.Equals(id[(id.IndexOf('_') + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private static bool IsOf(TypeInfo type, DatabaseEngine engine) =>
        (type.Namespace?.EndsWith(PostgreSqlNamespaceSuffix, StringComparison.Ordinal) == true) == (engine == DatabaseEngine.PostgreSql);
}
