using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Data;

/// <summary>
/// A per-district database of the platform itself (e.g. the resident registry, the audit trail),
/// kept beside the modules' databases: <c>&lt;data&gt;/&lt;district&gt;/&lt;Name&gt;.db</c>.
/// </summary>
/// <param name="ContextType">Its DbContext type (constructor taking <c>DbContextOptions&lt;T&gt;</c>).</param>
/// <param name="Name">File name without extension; also how the audit trail names its source.</param>
public sealed record PlatformDatabase(Type ContextType, string Name);

/// <summary>What an interceptor may know about the context it is attached to.</summary>
/// <param name="DistrictId">The district whose database it is.</param>
/// <param name="Source">Owning module id, or <c>platform</c>.</param>
/// <param name="Actor">Who acts through this context; null for the platform's own housekeeping.</param>
public sealed record DbContextBinding(string DistrictId, string Source, ICallerContext? Actor);

/// <summary>Adds an interceptor to every module and platform district context (e.g. the audit trail).</summary>
public interface IDbContextInterceptorFactory
{
    /// <summary>The interceptor for a context bound as <paramref name="binding"/>, or null for none.</summary>
    IInterceptor? Create(DbContextBinding binding);
}

/// <summary>
/// Where each district's data lives: per district, a database (SQLite file or PostgreSQL schema) per
/// module and per platform service, through the <see cref="DataStore"/>. Every context gets the
/// platform's interceptors.
/// </summary>
public sealed class ModuleDatabases
{
    /// <summary>The source name of the platform's own databases.</summary>
    public const string PlatformSource = "platform";

    private readonly DataStore _store;
    private readonly ModuleCatalog _catalog;
    private readonly OutboxStampInterceptor _outboxStamp;
    private readonly IReadOnlyList<PlatformDatabase> _platformDatabases;
    private readonly IReadOnlyList<IDbContextInterceptorFactory> _interceptors;

    internal ModuleDatabases(DataStore store, ModuleCatalog catalog, OutboxStampInterceptor outboxStamp,
        IEnumerable<PlatformDatabase> platformDatabases, IEnumerable<IDbContextInterceptorFactory> interceptors)
    {
        _store = store;
        _catalog = catalog;
        _outboxStamp = outboxStamp;
        _platformDatabases = platformDatabases.ToList();
        _interceptors = interceptors.ToList();
    }

    /// <summary>Where the databases are (engine and connections).</summary>
    public DataStore Store => _store;

    /// <summary>The same databases on another store (e.g. the SQLite files while copying them to PostgreSQL).</summary>
    public ModuleDatabases WithStore(DataStore store) => new(store, _catalog, _outboxStamp, _platformDatabases, _interceptors);

    /// <summary>The platform's per-district databases.</summary>
    public IReadOnlyList<PlatformDatabase> PlatformDatabases => _platformDatabases;

    /// <summary>Options of <paramref name="contextType"/> bound to <paramref name="districtId"/>'s database.</summary>
    /// <param name="contextType">A module's DbContext or a registered <see cref="PlatformDatabase"/>.</param>
    /// <param name="districtId">The district.</param>
    /// <param name="actor">Who acts through the context (recorded by the audit trail); null for housekeeping.</param>
    public DbContextOptions OptionsFor(Type contextType, string districtId, ICallerContext? actor = null)
    {
        var (source, name, schema) = Locate(contextType);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        var binding = new DbContextBinding(districtId, source, actor);
        _store.UseDistrictDatabase(builder, districtId, name, schema, contextType.Assembly)
            .AddInterceptors(_interceptors.Select(f => f.Create(binding)).OfType<IInterceptor>().Prepend(_outboxStamp));
        return builder.Options;
    }

    /// <summary>A new context of <paramref name="contextType"/> for <paramref name="districtId"/>.</summary>
    public DbContext Create(Type contextType, string districtId, ICallerContext? actor = null) =>
        (DbContext)Activator.CreateInstance(contextType, OptionsFor(contextType, districtId, actor))!;

    /// <summary>A new platform context for <paramref name="districtId"/>.</summary>
    public TContext Create<TContext>(string districtId, ICallerContext? actor = null) where TContext : DbContext =>
        (TContext)Create(typeof(TContext), districtId, actor);

    /// <summary>
    /// Options of <paramref name="contextType"/> for <paramref name="districtId"/> without the platform's
    /// interceptors: what is written through them is neither audited nor published (data copies).
    /// </summary>
    public DbContextOptions BareOptionsFor(Type contextType, string districtId)
    {
        var (_, name, schema) = Locate(contextType);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        return _store.UseDistrictDatabase(builder, districtId, name, schema, contextType.Assembly).Options;
    }

    /// <summary>
    /// An unopened ADO.NET connection to a district database by name: a module's id, or <c>platform-&lt;name&gt;</c>
    /// for a platform service's (tools and tests that look below EF Core).
    /// </summary>
    public System.Data.Common.DbConnection CreateConnection(string districtId, string databaseName) =>
        _store.CreateConnection(districtId, databaseName,
            databaseName.StartsWith(PlatformSource + "-", StringComparison.Ordinal) ? databaseName[(PlatformSource.Length + 1)..] : databaseName);

    // A module's databases are named after it; its several contexts (if any) share its schema.
    private (string Source, string Name, string Schema) Locate(Type contextType)
    {
        if (_catalog.OwnerOf(contextType) is { } module)
        {
            return (module.Id, module.Id, module.Id);
        }
        var platform = _platformDatabases.FirstOrDefault(p => p.ContextType == contextType)
            ?? throw new InvalidOperationException($"{contextType.FullName} belongs to no loaded module and is not a registered platform database.");
        return (PlatformSource, PlatformSource + "-" + platform.Name, platform.Name);
    }
}
