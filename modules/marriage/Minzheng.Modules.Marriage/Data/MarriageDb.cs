using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Appointments;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Counselling;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Marriage.Data;

/// <summary>The module's own database: the office's archive, its certificate numbers and its diary.</summary>
public sealed class MarriageDb(DbContextOptions<MarriageDb> options) : ModuleDbContext(options)
{
    /// <summary>Marriages registered here.</summary>
    public DbSet<MarriageRecord> Marriages => Set<MarriageRecord>();
    /// <summary>Divorce applications.</summary>
    public DbSet<DivorceApplication> Divorces => Set<DivorceApplication>();
    /// <summary>Every number issued.</summary>
    public DbSet<IssuedCertificate> Certificates => Set<IssuedCertificate>();
    /// <summary>Counters of the numbers.</summary>
    public DbSet<CertificateSequence> Sequences => Set<CertificateSequence>();
    /// <summary>Reissued certificates.</summary>
    public DbSet<Reissue> Reissues => Set<Reissue>();
    /// <summary>Record certificates.</summary>
    public DbSet<RecordCertificate> RecordCertificates => Set<RecordCertificate>();
    /// <summary>Appointments.</summary>
    public DbSet<Appointment> Appointments => Set<Appointment>();
    /// <summary>Counselling sessions.</summary>
    public DbSet<CounsellingSession> CounsellingSessions => Set<CounsellingSession>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<MarriageRecord>(e =>
        {
            e.HasIndex(m => m.CertificateNumber).IsUnique();
            e.HasIndex(m => m.PartyAIdNumber);
            e.HasIndex(m => m.PartyBIdNumber);
            e.Property(m => m.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DivorceApplication>(e =>
        {
            e.HasIndex(d => d.Status);
            e.HasIndex(d => d.CertificateNumber).IsUnique();
            e.Property(d => d.Version).IsConcurrencyToken();
            e.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.ApplicationId);
        });
        // Steps are added to a tracked application with their id set: a non-generated key makes EF insert them
        // (a generated key that is already set would be taken for an existing row).
        modelBuilder.Entity<DivorceStep>().Property(s => s.Id).ValueGeneratedNever();
        modelBuilder.Entity<IssuedCertificate>(e =>
        {
            e.HasKey(c => c.Number);
            e.Property(c => c.Kind).HasConversion<string>();
            e.HasIndex(c => new { c.Kind, c.OfficeCode, c.Year, c.Sequence }).IsUnique();
        });
        modelBuilder.Entity<CertificateSequence>(e =>
        {
            e.HasKey(s => new { s.Kind, s.OfficeCode, s.Year });
            e.Property(s => s.Kind).HasConversion<string>();
            e.Property(s => s.Last).IsConcurrencyToken();
        });
        modelBuilder.Entity<Reissue>().HasIndex(r => r.Number).IsUnique();
        modelBuilder.Entity<Appointment>(e =>
        {
            e.HasIndex(a => new { a.Date, a.Service });
            e.Property(a => a.Version).IsConcurrencyToken();
        });
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (build/ef.sh).</summary>
public sealed class MarriageDesignTimeFactory : ModuleDesignTimeFactory<MarriageDb>;
