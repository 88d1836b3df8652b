using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Marriage;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Registry.Data;

/// <summary>
/// The resident registry of one district (<c>data/&lt;district&gt;/platform-registry.db</c>). Derives
/// from <see cref="ModuleDbContext"/> for its outbox: registry events leave with the change that caused them.
/// </summary>
internal sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();

    public DbSet<DisabilityCertificateRecord> DisabilityCertificates => Set<DisabilityCertificateRecord>();

    public DbSet<WelfareRecord> WelfareStatuses => Set<WelfareRecord>();

    public DbSet<ResidentImport> Imports => Set<ResidentImport>();

    public DbSet<ImportRowError> ImportErrors => Set<ImportRowError>();

    public DbSet<VoidedMarriage> VoidedMarriages => Set<VoidedMarriage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Person>(p =>
        {
            p.ToTable("persons");
            p.HasKey(x => x.Id);
            p.Property(x => x.IdNumber).HasMaxLength(18);
            p.HasIndex(x => x.IdNumber).IsUnique();
            p.Property(x => x.Name).HasMaxLength(50);
            p.HasIndex(x => x.Name);
            p.Property(x => x.Ethnicity).HasMaxLength(20);
            p.Property(x => x.Phone).HasMaxLength(20);
            p.Property(x => x.DivisionCode).HasMaxLength(12);
            p.HasIndex(x => x.DivisionCode);
            p.Property(x => x.Address).HasMaxLength(200);
            // Enums by name: readable in the file, and stable if members are ever reordered.
            p.Property(x => x.Sex).HasConversion<string>().HasMaxLength(10);
            p.Property(x => x.HukouType).HasConversion<string>().HasMaxLength(10);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            p.Property(x => x.MaritalStatus).HasConversion<string>().HasMaxLength(10);
            p.Property(x => x.MaritalStatusCertificate).HasMaxLength(30);
            p.Property(x => x.PreviousMaritalStatus).HasConversion<string>().HasMaxLength(10);
            p.HasIndex(x => x.BirthDate);
            p.HasIndex(x => x.RegisteredAt);
            p.Property(x => x.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<Household>(h =>
        {
            h.ToTable("households");
            h.HasKey(x => x.Id);
            h.Property(x => x.DivisionCode).HasMaxLength(12);
            h.Property(x => x.Number).HasMaxLength(Household.MaxNumberLength);
            h.HasIndex(x => x.Number).IsUnique();
            h.HasIndex(x => x.DivisionCode);
            h.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HouseholdMember>(m =>
        {
            m.ToTable("household_members");
            m.HasKey(x => new { x.HouseholdId, x.PersonId });
            m.HasIndex(x => x.PersonId).IsUnique();
            m.Property(x => x.Relation).HasConversion<string>().HasMaxLength(20);
            m.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<DisabilityCertificateRecord>(c =>
        {
            c.ToTable("disability_certificates");
            c.HasKey(x => x.Id);
            c.Property(x => x.Number).HasMaxLength(20);
            c.HasIndex(x => x.Number).IsUnique();
            c.HasIndex(x => x.PersonId);
            c.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.RevocationReason).HasMaxLength(200);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<WelfareRecord>(w =>
        {
            w.ToTable("welfare_statuses");
            w.HasKey(x => x.Id);
            w.HasIndex(x => x.PersonId);
            w.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            w.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ResidentImport>(i =>
        {
            i.ToTable("imports");
            i.HasKey(x => x.Id);
            i.Property(x => x.FileName).HasMaxLength(200);
            i.Property(x => x.Format).HasConversion<string>().HasMaxLength(10);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            i.HasIndex(x => x.Status);
            i.Property(x => x.StaffId).HasMaxLength(100);
            i.Property(x => x.StaffName).HasMaxLength(100);
            i.Property(x => x.ScopeLevel).HasConversion<string>().HasMaxLength(10);
            i.Property(x => x.ScopeCode).HasMaxLength(12);
            i.HasIndex(x => x.CreatedAt);
            i.Property(x => x.FailureReason).HasMaxLength(500);
            i.Ignore(x => x.Scope);
        });

        modelBuilder.Entity<VoidedMarriage>(v =>
        {
            v.ToTable("voided_marriages");
            v.HasKey(x => x.CertificateNumber);
            v.Property(x => x.CertificateNumber).HasMaxLength(30);
        });

        modelBuilder.Entity<ImportRowError>(e =>
        {
            e.ToTable("import_errors");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ImportId, x.Row });
            e.Property(x => x.Column).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasOne<ResidentImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
