using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>The SDK's <see cref="IModuleDatabase"/>: the caller's district picks the database.</summary>
internal sealed class CallerModuleDatabase(ModuleDatabases databases, ICallerContext caller) : IModuleDatabase
{
    public DbContextOptions<TContext> CreateOptions<TContext>() where TContext : ModuleDbContext =>
        (DbContextOptions<TContext>)databases.OptionsFor(typeof(TContext), caller.DistrictId, caller);
}
