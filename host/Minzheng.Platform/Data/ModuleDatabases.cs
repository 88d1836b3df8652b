using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>
/// Where each module's data lives. On the embedded default: one SQLite file per district and module
/// under the data folder. Every context gets the platform's interceptors.
/// </summary>
public sealed class ModuleDatabases
{
    private readonly DataFolder _folder;
    private readonly ModuleCatalog _catalog;
    private readonly OutboxStampInterceptor _outboxStamp;

    internal ModuleDatabases(DataFolder folder, ModuleCatalog catalog, OutboxStampInterceptor outboxStamp)
    {
        _folder = folder;
        _catalog = catalog;
        _outboxStamp = outboxStamp;
    }

    /// <summary>Options of <paramref name="contextType"/> bound to <paramref name="districtId"/>'s database.</summary>
    public DbContextOptions OptionsFor(Type contextType, string districtId)
    {
        var module = _catalog.OwnerOf(contextType)
            ?? throw new InvalidOperationException($"{contextType.FullName} does not belong to a loaded module.");
        var file = _folder.ModuleDatabase(districtId, module.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder
            .UseSqlite($"Data Source={file}", sqlite => sqlite.MigrationsAssembly(contextType.Assembly))
            .AddInterceptors(_outboxStamp);
        return builder.Options;
    }

    /// <summary>A new context of <paramref name="contextType"/> for <paramref name="districtId"/>.</summary>
    public ModuleDbContext Create(Type contextType, string districtId) =>
        (ModuleDbContext)Activator.CreateInstance(contextType, OptionsFor(contextType, districtId))!;
}
