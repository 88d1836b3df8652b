using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Rosters;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Disability.Data;

/// <summary>The module's own database (per district): applications, rosters, overpayments.</summary>
public sealed class DisabilityDb(DbContextOptions<DisabilityDb> options) : ModuleDbContext(options)
{
    /// <summary>Table names, also used by the set-based roster writer.</summary>
    public const string RosterLinesTable = "roster_lines";

    /// <summary>Applications and entitlements.</summary>
    public DbSet<SubsidyApplication> Applications => Set<SubsidyApplication>();

    /// <summary>Application history.</summary>
    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    /// <summary>Monthly rosters.</summary>
    public DbSet<PaymentRoster> Rosters => Set<PaymentRoster>();

    /// <summary>Roster lines.</summary>
    public DbSet<RosterLine> RosterLines => Set<RosterLine>();

    /// <summary>Overpayments to recover.</summary>
    public DbSet<Overpayment> Overpayments => Set<Overpayment>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SubsidyApplication>(a =>
        {
            a.ToTable("applications");
            a.HasKey(x => x.Id);
            a.Property(x => x.IdNumber).HasMaxLength(18);
            a.Property(x => x.Name).HasMaxLength(50);
            a.Property(x => x.DivisionCode).HasMaxLength(12);
            a.Property(x => x.BankAccount).HasMaxLength(40);
            a.Property(x => x.BankName).HasMaxLength(50);
            a.HasIndex(x => new { x.ResidentId, x.Kind });
            a.HasIndex(x => new { x.Status, x.DivisionCode });
            a.OwnsMany(x => x.Documents, d => d.ToJson());
            a.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ApplicationId);
        });
        modelBuilder.Entity<ApplicationStep>(s =>
        {
            s.ToTable("application_steps");
            s.HasKey(x => x.Id);
        });
        modelBuilder.Entity<PaymentRoster>(r =>
        {
            r.ToTable("rosters");
            r.HasKey(x => x.Id);
            r.HasIndex(x => x.Month).IsUnique();
        });
        modelBuilder.Entity<RosterLine>(l =>
        {
            l.ToTable(RosterLinesTable);
            l.HasKey(x => x.Id);
            l.HasIndex(x => x.RosterId);
            l.HasIndex(x => new { x.ApplicationId, x.ForMonth });
        });
        modelBuilder.Entity<Overpayment>(o =>
        {
            o.ToTable("overpayments");
            o.HasKey(x => x.Id);
            o.HasIndex(x => x.RosterLineId).IsUnique();
        });
    }
}

/// <summary>Lets <c>build/ef.sh</c> create the context without a host.</summary>
public sealed class DisabilityDesignTimeFactory : ModuleDesignTimeFactory<DisabilityDb>;
