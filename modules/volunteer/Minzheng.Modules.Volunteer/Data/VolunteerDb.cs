using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Certificates;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Import;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Modules.Volunteer.Stars;
using Minzheng.Modules.Volunteer.Teams;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Volunteer.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed class VolunteerDb(DbContextOptions<VolunteerDb> options) : ModuleDbContext(options)
{
    /// <summary>Volunteers registered by real name.</summary>
    public DbSet<RegisteredVolunteer> Volunteers => Set<RegisteredVolunteer>();

    /// <summary>Volunteer teams.</summary>
    public DbSet<Team> Teams => Set<Team>();

    /// <summary>Team memberships, past ones included.</summary>
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    /// <summary>Activities.</summary>
    public DbSet<Activity> Activities => Set<Activity>();

    /// <summary>Activities' positions.</summary>
    public DbSet<ActivityPosition> Positions => Set<ActivityPosition>();

    /// <summary>Sign-ups and attendance.</summary>
    public DbSet<SignUp> SignUps => Set<SignUp>();

    /// <summary>Records of hours.</summary>
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    /// <summary>The steps of each record's history.</summary>
    public DbSet<ServiceRecordStep> ServiceRecordSteps => Set<ServiceRecordStep>();

    /// <summary>Record certificates.</summary>
    public DbSet<Certificate> Certificates => Set<Certificate>();

    /// <summary>Star awards, revoked ones included.</summary>
    public DbSet<StarAward> StarAwards => Set<StarAward>();

    /// <summary>Organisers of activities.</summary>
    public DbSet<Organiser> Organisers => Set<Organiser>();

    /// <summary>Imports of files and their outcomes.</summary>
    public DbSet<VolunteerImport> Imports => Set<VolunteerImport>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<RegisteredVolunteer>(v =>
        {
            v.ToTable("volunteers");
            v.HasKey(x => x.Id);
            v.Property(x => x.Number).HasMaxLength(20);
            v.Property(x => x.IdNumber).HasMaxLength(18);
            v.Property(x => x.Name).HasMaxLength(50);
            v.Property(x => x.Phone).HasMaxLength(20);
            v.Property(x => x.Skills).HasMaxLength(200);
            v.Property(x => x.Availability).HasMaxLength(100);
            v.Property(x => x.ServiceAreas).HasMaxLength(200);
            v.Property(x => x.DivisionCode).HasMaxLength(12);
            v.Property(x => x.GuardianName).HasMaxLength(50);
            v.Property(x => x.GuardianPhone).HasMaxLength(20);
            v.HasIndex(x => x.Number).IsUnique();
            // One registration per person in a district: a second is told who holds it.
            v.HasIndex(x => x.IdNumber).IsUnique();
            v.HasIndex(x => x.DivisionCode);
        });
        modelBuilder.Entity<Team>(t =>
        {
            t.ToTable("teams");
            t.HasKey(x => x.Id);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.DivisionCode).HasMaxLength(12);
            t.Property(x => x.Organiser).HasMaxLength(100);
            t.Property(x => x.Leader).HasMaxLength(100);
            t.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.TeamId);
        });
        modelBuilder.Entity<TeamMember>(m =>
        {
            m.ToTable("team_members");
            m.HasKey(x => x.Id);
            m.HasIndex(x => new { x.VolunteerId, x.TeamId });
        });
        modelBuilder.Entity<Activity>(a =>
        {
            a.ToTable("activities");
            a.HasKey(x => x.Id);
            a.Property(x => x.Title).HasMaxLength(100);
            a.Property(x => x.Organiser).HasMaxLength(100);
            a.Property(x => x.DivisionCode).HasMaxLength(12);
            a.Property(x => x.Place).HasMaxLength(200);
            a.Property(x => x.Description).HasMaxLength(2000);
            a.HasIndex(x => new { x.DivisionCode, x.StartsAt });
            a.HasIndex(x => x.OrganiserId);
            a.HasMany(x => x.Positions).WithOne().HasForeignKey(x => x.ActivityId);
            a.HasMany(x => x.SignUps).WithOne().HasForeignKey(x => x.ActivityId);
        });
        modelBuilder.Entity<ActivityPosition>(p =>
        {
            p.ToTable("activity_positions");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(50);
        });
        modelBuilder.Entity<SignUp>(s =>
        {
            s.ToTable("sign_ups");
            s.HasKey(x => x.Id);
            s.Property(x => x.CheckInBy).HasMaxLength(10);
            s.HasIndex(x => new { x.VolunteerId, x.ActivityId });
        });
        modelBuilder.Entity<ServiceRecord>(r =>
        {
            r.ToTable("service_records");
            r.HasKey(x => x.Id);
            r.Property(x => x.Hours).HasPrecision(7, 1);
            r.Property(x => x.RequestedHours).HasPrecision(7, 1);
            r.Property(x => x.Content).HasMaxLength(500);
            r.Property(x => x.DivisionCode).HasMaxLength(12);
            r.Property(x => x.Organiser).HasMaxLength(100);
            r.Property(x => x.Flags).HasMaxLength(500);
            r.Property(x => x.RequestReason).HasMaxLength(500);
            r.HasIndex(x => new { x.VolunteerId, x.Date });
            // A volunteer's totals: with two equal columns the planner takes this one over (Status, DivisionCode), even
            // without statistics (scenario 6 of the benchmark: every confirmed record of the district was read).
            r.HasIndex(x => new { x.VolunteerId, x.Status, x.Kind });
            r.HasIndex(x => new { x.Status, x.DivisionCode });
            r.HasIndex(x => x.ActivityId);
            r.Property(x => x.ImportKey).HasMaxLength(64);
            r.HasIndex(x => x.ImportKey).IsUnique();
            r.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ServiceRecordId);
        });
        modelBuilder.Entity<ServiceRecordStep>(s =>
        {
            s.ToTable("service_record_steps");
            s.HasKey(x => x.Id);
        });
        modelBuilder.Entity<Certificate>(c =>
        {
            c.ToTable("certificates");
            c.HasKey(x => x.Id);
            c.Property(x => x.Number).HasMaxLength(20);
            c.Property(x => x.VerificationCode).HasMaxLength(20);
            c.Property(x => x.VolunteerName).HasMaxLength(50);
            c.Property(x => x.IdNumber).HasMaxLength(18);
            c.Property(x => x.VolunteerNumber).HasMaxLength(20);
            c.Property(x => x.DivisionCode).HasMaxLength(12);
            c.Property(x => x.ServiceHours).HasPrecision(9, 1);
            c.Property(x => x.TrainingHours).HasPrecision(9, 1);
            c.Property(x => x.Content).HasMaxLength(1000);
            c.Property(x => x.Issuer).HasMaxLength(100);
            c.Property(x => x.PersonInCharge).HasMaxLength(50);
            c.Property(x => x.Handler).HasMaxLength(50);
            c.Property(x => x.IssuerContact).HasMaxLength(50);
            c.Property(x => x.RevocationReason).HasMaxLength(500);
            c.HasIndex(x => new { x.Issuer, x.Number }).IsUnique();
            c.HasIndex(x => x.VerificationCode).IsUnique();
            c.HasIndex(x => x.VolunteerId);
            c.HasIndex(x => x.OrganiserId);
        });
        modelBuilder.Entity<Organiser>(o =>
        {
            o.ToTable("organisers");
            o.HasKey(x => x.Id);
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.DivisionCode).HasMaxLength(12);
            o.Property(x => x.PersonInCharge).HasMaxLength(50);
            o.Property(x => x.Contact).HasMaxLength(20);
            // Activities name their organiser: one organiser per name.
            o.HasIndex(x => x.Name).IsUnique();
        });
        modelBuilder.Entity<VolunteerImport>(i =>
        {
            i.ToTable("imports");
            i.HasKey(x => x.Id);
            i.Property(x => x.FileName).HasMaxLength(200);
            i.Property(x => x.StaffName).HasMaxLength(100);
            i.Property(x => x.DivisionCode).HasMaxLength(12);
            // The refused rows are read with their import, never queried one by one: one JSON column.
            i.Property(x => x.RowErrors).HasConversion(
                errors => JsonSerializer.Serialize(errors, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<RowError>>(json, (JsonSerializerOptions?)null) ?? new List<RowError>(),
                new ValueComparer<List<RowError>>((a, b) => a!.SequenceEqual(b!), e => e.Count, e => e.ToList()));
            i.HasIndex(x => x.ImportedAt);
        });
        modelBuilder.Entity<StarAward>(a =>
        {
            a.ToTable("star_awards");
            a.HasKey(x => x.Id);
            a.Property(x => x.DivisionCode).HasMaxLength(12);
            a.Property(x => x.Hours).HasPrecision(9, 1);
            a.Property(x => x.RevocationReason).HasMaxLength(500);
            // A level is proposed, and awarded, once per volunteer: two star runs at the same moment (staff's and the
            // scheduled one) cannot both add it. A revoked level may be proposed again.
            a.HasIndex(x => new { x.VolunteerId, x.Level }).IsUnique().HasFilter($"\"Status\" <> {(int)StarStatus.Revoked}");
            a.HasIndex(x => new { x.Status, x.PublicityEndsOn });
        });
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class VolunteerDesignTimeFactory : ModuleDesignTimeFactory<VolunteerDb>;
