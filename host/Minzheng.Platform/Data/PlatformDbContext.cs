using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>The platform's own, deployment-wide database.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    /// <summary>Modules switched on or off per district at run time (configuration gives the rest).</summary>
    public DbSet<ModuleSwitch> ModuleSwitches => Set<ModuleSwitch>();

    /// <summary>Which handler has taken which event: the ledger of at-least-once delivery.</summary>
    public DbSet<EventDelivery> EventDeliveries => Set<EventDelivery>();

    /// <summary>When each module job is next due in each district, shared by every host instance.</summary>
    public DbSet<Jobs.JobSchedule> JobSchedules => Set<Jobs.JobSchedule>();

    /// <summary>Plan values entered by staff, per district; the newest per row and date counts.</summary>
    public DbSet<Plans.PlanEntry> PlanEntries => Set<Plans.PlanEntry>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Jobs.JobSchedule>(s =>
        {
            s.HasKey(x => new { x.Job, x.DistrictId });
            s.Property(x => x.Job).HasMaxLength(400);
            s.Property(x => x.DistrictId).HasMaxLength(40);
            // UTC ticks: SQLite cannot compare DateTimeOffset text.
            s.Property(x => x.NextRunAt).HasConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        });
        modelBuilder.Entity<Plans.PlanEntry>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.DistrictId).HasMaxLength(40);
            e.Property(x => x.PlanId).HasMaxLength(40);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.SourceText).HasMaxLength(200);
            e.Property(x => x.EnteredById).HasMaxLength(100);
            e.Property(x => x.EnteredByName).HasMaxLength(100);
            e.HasIndex(x => new { x.DistrictId, x.PlanId, x.RowNumber, x.ValueAsOf });
        });
        modelBuilder.Entity<ModuleSwitch>(s =>
        {
            s.HasKey(x => new { x.DistrictId, x.ModuleId });
            s.Property(x => x.DistrictId).HasMaxLength(40);
            s.Property(x => x.ModuleId).HasMaxLength(40);
            s.Property(x => x.ChangedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<EventDelivery>(d =>
        {
            d.HasKey(x => new { x.EventId, x.Handler });
            d.Property(x => x.Handler).HasMaxLength(400);
            d.Property(x => x.DistrictId).HasMaxLength(40);
        });
    }
}

/// <summary>A deployer's run-time choice for one module in one district; it outlives restarts.</summary>
public sealed class ModuleSwitch
{
    /// <summary>District id.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>Module id.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>On or off.</summary>
    public bool Enabled { get; set; }

    /// <summary>When it was last switched.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Who switched it.</summary>
    public string ChangedBy { get; set; } = "";
}

/// <summary>One handler's successful handling of one event.</summary>
public sealed class EventDelivery
{
    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The handler's type (assembly-qualified name without version).</summary>
    public string Handler { get; set; } = "";

    /// <summary>The district the event belongs to.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>When the handler returned.</summary>
    public DateTimeOffset DeliveredAt { get; set; }
}
