using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed class LotteryDb(DbContextOptions<LotteryDb> options) : ModuleDbContext(options)
{
    /// <summary>Outlets, from application to closure.</summary>
    public DbSet<Outlet> Outlets => Set<Outlet>();

    /// <summary>The steps of each outlet's history.</summary>
    public DbSet<OutletStep> OutletSteps => Set<OutletStep>();

    /// <summary>Schools the siting rule measures from.</summary>
    public DbSet<School> Schools => Set<School>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Outlet>(o =>
        {
            o.ToTable("outlets");
            o.HasKey(x => x.Id);
            o.Ignore(x => x.At);
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.OperatorName).HasMaxLength(100);
            o.Property(x => x.OperatorIdentifier).HasMaxLength(18);
            o.Property(x => x.Address).HasMaxLength(200);
            o.Property(x => x.DivisionCode).HasMaxLength(12);
            o.Property(x => x.Premises).HasMaxLength(500);
            o.Property(x => x.Reason).HasMaxLength(500);
            o.HasIndex(x => new { x.DivisionCode, x.Status });
            o.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.OutletId);
        });
        modelBuilder.Entity<OutletStep>(s =>
        {
            s.ToTable("outlet_steps");
            s.HasKey(x => x.Id);
        });
        modelBuilder.Entity<School>(s =>
        {
            s.ToTable("schools");
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(100);
            s.Property(x => x.DivisionCode).HasMaxLength(12);
        });
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class LotteryDesignTimeFactory : ModuleDesignTimeFactory<LotteryDb>;
