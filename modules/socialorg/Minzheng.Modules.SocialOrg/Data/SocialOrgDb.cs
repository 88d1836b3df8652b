using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.SocialWork;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed class SocialOrgDb(DbContextOptions<SocialOrgDb> options) : ModuleDbContext(options)
{
    /// <summary>The register.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>The steps of each organisation's history.</summary>
    public DbSet<OrganisationStep> OrganisationSteps => Set<OrganisationStep>();

    /// <summary>Entries on the credit lists, current and past.</summary>
    public DbSet<CreditListEntry> CreditListEntries => Set<CreditListEntry>();

    /// <summary>Penalties.</summary>
    public DbSet<Penalty> Penalties => Set<Penalty>();

    /// <summary>Social workers.</summary>
    public DbSet<SocialWorker> SocialWorkers => Set<SocialWorker>();

    /// <summary>Annual inspections, one per organisation and year.</summary>
    public DbSet<AnnualInspection> AnnualInspections => Set<AnnualInspection>();

    /// <summary>The steps of each inspection's history.</summary>
    public DbSet<InspectionStep> InspectionSteps => Set<InspectionStep>();

    /// <summary>Registration applications of every workflow.</summary>
    public DbSet<RegistrationApplication> RegistrationApplications => Set<RegistrationApplication>();

    /// <summary>The steps of each application's history.</summary>
    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    /// <summary>The files of applications' documents (电子件).</summary>
    public DbSet<Documents.ApplicationFile> ApplicationFiles => Set<Documents.ApplicationFile>();

    /// <summary>Branch offices.</summary>
    public DbSet<Branch> Branches => Set<Branch>();

    /// <summary>Registration certificates, valid and voided.</summary>
    public DbSet<RegistrationCertificate> RegistrationCertificates => Set<RegistrationCertificate>();
    /// <summary>Evaluation rounds, one a year.</summary>
    public DbSet<EvaluationRound> EvaluationRounds => Set<EvaluationRound>();

    /// <summary>Organisations' evaluations, one per round.</summary>
    public DbSet<OrganisationEvaluation> Evaluations => Set<OrganisationEvaluation>();

    /// <summary>What the lists' daily job found staff must decide.</summary>
    public DbSet<ListReminder> ListReminders => Set<ListReminder>();

    /// <summary>Social work stations.</summary>
    public DbSet<SocialWorkStation> SocialWorkStations => Set<SocialWorkStation>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Organisation>(o =>
        {
            o.ToTable("organisations");
            o.HasKey(x => x.Id);
            o.Property(x => x.Name).HasMaxLength(OrganisationRules.NameLength);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.HasIndex(x => x.CreditCode).IsUnique();
            o.Property(x => x.CreditCodeOverride).HasMaxLength(500);
            o.Property(x => x.LegalRepresentativeName).HasMaxLength(50);
            o.Property(x => x.LegalRepresentativeIdNumber).HasMaxLength(18);
            o.Property(x => x.BusinessScope).HasMaxLength(OrganisationRules.ScopeLength);
            o.Property(x => x.SupervisingUnit).HasMaxLength(100);
            o.Property(x => x.ActivityFunds).HasPrecision(14, 2);
            o.Property(x => x.Address).HasMaxLength(200);
            o.Property(x => x.DivisionCode).HasMaxLength(12);
            o.Property(x => x.DeregistrationReason).HasMaxLength(500);
            o.HasIndex(x => new { x.DivisionCode, x.Name });
            o.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.OrganisationId);
        });
        modelBuilder.Entity<OrganisationStep>(s =>
        {
            s.ToTable("organisation_steps");
            s.HasKey(x => x.Id);
        });
        modelBuilder.Entity<CreditListEntry>(e =>
        {
            e.ToTable("credit_list_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Cause).HasMaxLength(200);
            e.Property(x => x.DecisionNumber).HasMaxLength(100);
            e.Property(x => x.EnteredBy).HasMaxLength(50);
            e.Property(x => x.RemovalReason).HasMaxLength(500);
            e.Property(x => x.RemovedBy).HasMaxLength(50);
            e.HasIndex(x => x.OrganisationId);
            e.HasIndex(x => new { x.List, x.RemovedOn });
        });
        modelBuilder.Entity<Penalty>(p =>
        {
            p.ToTable("penalties");
            p.HasKey(x => x.Id);
            p.Property(x => x.DivisionCode).HasMaxLength(12);
            p.Property(x => x.Amount).HasPrecision(14, 2);
            p.Property(x => x.Facts).HasMaxLength(2000);
            p.Property(x => x.DecisionNumber).HasMaxLength(100);
            p.Property(x => x.DecidedBy).HasMaxLength(50);
            p.HasIndex(x => x.OrganisationId);
        });
        modelBuilder.Entity<SocialWorker>(w =>
        {
            w.ToTable("social_workers");
            w.HasKey(x => x.Id);
            w.Property(x => x.Name).HasMaxLength(50);
            w.Property(x => x.IdNumber).HasMaxLength(18);
            w.Property(x => x.CertificateNumber).HasMaxLength(50);
            w.Property(x => x.Employer).HasMaxLength(100);
            w.Property(x => x.DivisionCode).HasMaxLength(12);
            w.HasIndex(x => x.DivisionCode);
        });
        modelBuilder.Entity<AnnualInspection>(i =>
        {
            i.ToTable("annual_inspections");
            i.HasKey(x => x.Id);
            i.Property(x => x.DivisionCode).HasMaxLength(12);
            i.Property(x => x.Income).HasPrecision(16, 2);
            i.Property(x => x.Spending).HasPrecision(16, 2);
            i.Property(x => x.ConclusionReason).HasMaxLength(InspectionRules.ReasonLength);
            // One report per organisation and year: a second is refused, and a race between two loses on this index.
            i.HasIndex(x => new { x.OrganisationId, x.Year }).IsUnique();
            i.HasIndex(x => new { x.Year, x.Status });
            i.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.InspectionId);
        });
        modelBuilder.Entity<EvaluationRound>(r =>
        {
            r.ToTable("evaluation_rounds");
            r.HasKey(x => x.Id);
            r.Property(x => x.OpenedBy).HasMaxLength(50);
            r.HasIndex(x => x.Year).IsUnique();
        });
        modelBuilder.Entity<OrganisationEvaluation>(e =>
        {
            e.ToTable("evaluations");
            e.HasKey(x => x.Id);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Scores).HasMaxLength(2000);
            e.Property(x => x.Appeal).HasMaxLength(EvaluationRules.ReasonLength);
            e.Property(x => x.AppealDecision).HasMaxLength(EvaluationRules.ReasonLength);
            // One application per organisation and round: a second is refused, a race loses here.
            e.HasIndex(x => new { x.RoundId, x.OrganisationId }).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.Status });
        });
        modelBuilder.Entity<ListReminder>(r =>
        {
            r.ToTable("list_reminders");
            r.HasKey(x => x.Id);
            r.Property(x => x.DivisionCode).HasMaxLength(12);
            r.Property(x => x.Note).HasMaxLength(500);
            r.HasIndex(x => new { x.Kind, x.SubjectId }).IsUnique();
            r.HasIndex(x => x.ResolvedOn);
        });
        modelBuilder.Entity<SocialWorkStation>(s =>
        {
            s.ToTable("social_work_stations");
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(100);
            s.Property(x => x.DivisionCode).HasMaxLength(12);
            s.Property(x => x.Address).HasMaxLength(200);
            s.HasIndex(x => x.DivisionCode);
        });
        modelBuilder.Entity<InspectionStep>(s =>
        {
            s.ToTable("inspection_steps");
            s.HasKey(x => x.Id);
        });
        WorkflowModel.Configure(modelBuilder);
        Documents.ApplicationFile.Configure(modelBuilder);
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class SocialOrgDesignTimeFactory : ModuleDesignTimeFactory<SocialOrgDb>;
