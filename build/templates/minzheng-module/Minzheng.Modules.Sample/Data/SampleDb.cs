using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Sample.Applications;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Sample.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed class SampleDb(DbContextOptions<SampleDb> options) : ModuleDbContext(options)
{
    /// <summary>Applications.</summary>
    public DbSet<Application> Applications => Set<Application>();

    /// <summary>The steps of each application's history.</summary>
    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ApplicationModel.Configure(modelBuilder);
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class SampleDesignTimeFactory : ModuleDesignTimeFactory<SampleDb>;
