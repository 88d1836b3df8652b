using Microsoft.EntityFrameworkCore;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Implemented by the platform: builds the options of a module DbContext for the current district
/// (the provider, the connection, the migrations assembly and the platform's interceptors).
/// </summary>
public interface IModuleDatabase
{
    /// <summary>Options for <typeparamref name="TContext"/> in the caller's district.</summary>
    /// <exception cref="InvalidOperationException">When no district is known (nobody signed in).</exception>
    DbContextOptions<TContext> CreateOptions<TContext>() where TContext : ModuleDbContext;
}
