using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Minzheng.Platform.Audit;

/// <summary>A district's audit trail: <c>data/&lt;district&gt;/platform-audit.db</c>.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    /// <summary>The table; its migration adds triggers that refuse UPDATE and DELETE.</summary>
    public const string Table = "AuditEntries";

    /// <summary>The trigger (created by the Initial migration) that aborts any UPDATE of the table.</summary>
    public const string NoUpdateTrigger = "AuditEntries_no_update";

    /// <summary>The trigger (created by the Initial migration) that aborts any DELETE from the table.</summary>
    public const string NoDeleteTrigger = "AuditEntries_no_delete";

    /// <summary>The chain, in <see cref="AuditEntry.Sequence"/> order.</summary>
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable(Table);
            e.HasKey(x => x.Sequence);
            // The writer numbers the chain itself (last + 1) inside its transaction.
            e.Property(x => x.Sequence).ValueGeneratedNever();
            // UTC ticks: SQLite cannot order or compare DateTimeOffset text, and ticks round-trip exactly,
            // which the hash depends on.
            e.Property(x => x.At).HasConversion(new ValueConverter<DateTimeOffset, long>(
                v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero)));
            e.Property(x => x.DistrictId).HasMaxLength(40);
            e.Property(x => x.Source).HasMaxLength(40);
            e.Property(x => x.ActorId).HasMaxLength(100);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Entity).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(400);
            e.Property(x => x.PersonKey).HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.KeyId).HasMaxLength(40);
            // Two entries naming the same predecessor would be a fork: refused by the database itself.
            e.HasIndex(x => x.PreviousHash).IsUnique();
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Entity, x.Key });
            e.HasIndex(x => x.PersonKey);
            e.HasIndex(x => x.ActorId);
        });
    }
}
