using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Modules.Lottery.Sales;
using Minzheng.Modules.Lottery.Terminals;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Lottery.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed partial class LotteryDb(DbContextOptions<LotteryDb> options) : ModuleDbContext(options)
{
    /// <summary>Outlets, from application to closure.</summary>
    public DbSet<Outlet> Outlets => Set<Outlet>();

    /// <summary>The steps of each outlet's history.</summary>
    public DbSet<OutletStep> OutletSteps => Set<OutletStep>();

    /// <summary>迁址申请 of open outlets.</summary>
    public DbSet<OutletMove> OutletMoves => Set<OutletMove>();

    /// <summary>Schools the siting rule measures from.</summary>
    public DbSet<School> Schools => Set<School>();

    /// <summary>Monthly sales per outlet and game kind.</summary>
    public DbSet<MonthlySale> Sales => Set<MonthlySale>();

    /// <summary>Figures a re-sent month replaced.</summary>
    public DbSet<SaleRevision> SaleRevisions => Set<SaleRevision>();

    /// <summary>Imports of the sales centre's file and their outcomes.</summary>
    public DbSet<SalesImport> SalesImports => Set<SalesImport>();

    /// <summary>The 公益金 account: one row, the unallocated balance.</summary>
    public DbSet<FundAccount> FundAccounts => Set<FundAccount>();

    /// <summary>公益金资助项目.</summary>
    public DbSet<FundProject> FundProjects => Set<FundProject>();

    /// <summary>The ledger's movements: added, never changed.</summary>
    public DbSet<FundMovement> FundMovements => Set<FundMovement>();

    /// <summary>Funding-mark photos of the projects.</summary>
    public DbSet<ProjectEvidence> ProjectEvidence => Set<ProjectEvidence>();

    /// <summary>This module's copy of the social organisations' credit lists (from their events).</summary>
    public DbSet<ListedOrganisation> ListedOrganisations => Set<ListedOrganisation>();

    /// <summary>This module's copy of the penalties decided against social organisations.</summary>
    public DbSet<PenalisedOrganisation> PenalisedOrganisations => Set<PenalisedOrganisation>();

    /// <summary>The yearly disclosures (公益金使用情况公告), each edition.</summary>
    public DbSet<FundDisclosure> FundDisclosures => Set<FundDisclosure>();
    /// <summary>代销合同 of the outlets.</summary>
    public DbSet<AgencyContract> Contracts => Set<AgencyContract>();

    /// <summary>Each contract's terms, the first and the renewals.</summary>
    public DbSet<ContractTerm> ContractTerms => Set<ContractTerm>();

    /// <summary>The sales centre's terminals.</summary>
    public DbSet<Terminal> Terminals => Set<Terminal>();

    /// <summary>Where each terminal stood.</summary>
    public DbSet<TerminalPlacement> TerminalPlacements => Set<TerminalPlacement>();

    /// <summary>Inspections of outlets.</summary>
    public DbSet<Inspection> Inspections => Set<Inspection>();

    /// <summary>The inspections' findings.</summary>
    public DbSet<Finding> Findings => Set<Finding>();

    /// <summary>The inspections' photos.</summary>
    public DbSet<InspectionPhoto> InspectionPhotos => Set<InspectionPhoto>();

    /// <summary>Penalties: the violations list.</summary>
    public DbSet<Penalty> Penalties => Set<Penalty>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        OnSupervisionCreating(modelBuilder);
        modelBuilder.Entity<Outlet>(o =>
        {
            o.ToTable("outlets");
            o.HasKey(x => x.Id);
            o.Ignore(x => x.At);
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.StationNumber).HasMaxLength(20);
            // Unique where given: both engines let several rows leave it empty.
            o.HasIndex(x => x.StationNumber).IsUnique();
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
        modelBuilder.Entity<OutletMove>(m =>
        {
            m.ToTable("outlet_moves");
            m.HasKey(x => x.Id);
            m.Ignore(x => x.At);
            m.Property(x => x.DivisionCode).HasMaxLength(12);
            m.Property(x => x.NewDivisionCode).HasMaxLength(12);
            m.Property(x => x.FromAddress).HasMaxLength(200);
            m.Property(x => x.Address).HasMaxLength(200);
            m.Property(x => x.FromPremises).HasMaxLength(500);
            m.Property(x => x.Premises).HasMaxLength(500);
            m.Property(x => x.Reason).HasMaxLength(500);
            m.Property(x => x.AppliedBy).HasMaxLength(100);
            m.Property(x => x.DecidedBy).HasMaxLength(100);
            m.Property(x => x.RefusalReason).HasMaxLength(500);
            // The outlet's page lists its moves; an application looks for the undecided one.
            m.HasIndex(x => new { x.OutletId, x.Status });
            m.HasIndex(x => new { x.DivisionCode, x.Status });
        });
        modelBuilder.Entity<School>(s =>
        {
            s.ToTable("schools");
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(100);
            s.Property(x => x.Address).HasMaxLength(200);
            s.Property(x => x.DivisionCode).HasMaxLength(12);
            s.Property(x => x.RemovedBy).HasMaxLength(100);
            s.Property(x => x.RemovalReason).HasMaxLength(500);
        });
        modelBuilder.Entity<MonthlySale>(s =>
        {
            s.ToTable("sales");
            s.HasKey(x => x.Id);
            s.Property(x => x.DivisionCode).HasMaxLength(12);
            s.Property(x => x.Game).HasMaxLength(20);
            s.Property(x => x.Amount).HasPrecision(14, 2);
            // One figure per outlet, month and game: two imports racing on the same figure cannot both add it.
            s.HasIndex(x => new { x.OutletId, x.Month, x.Game }).IsUnique();
            s.HasIndex(x => new { x.Month, x.DivisionCode });
        });
        modelBuilder.Entity<SaleRevision>(r =>
        {
            r.ToTable("sale_revisions");
            r.HasKey(x => x.Id);
            r.Property(x => x.DivisionCode).HasMaxLength(12);
            r.Property(x => x.Previous).HasPrecision(14, 2);
            r.Property(x => x.Amount).HasPrecision(14, 2);
            r.HasIndex(x => new { x.ImportId, x.Row });
            r.HasIndex(x => x.SaleId);
        });
        modelBuilder.Entity<SalesImport>(i =>
        {
            i.ToTable("sales_imports");
            i.HasKey(x => x.Id);
            i.Property(x => x.FileName).HasMaxLength(200);
            i.Property(x => x.StaffName).HasMaxLength(100);
            i.Property(x => x.DivisionCode).HasMaxLength(12);
            i.Property(x => x.CreatedAmount).HasPrecision(16, 2);
            i.Property(x => x.Difference).HasPrecision(16, 2);
            // The refused rows are read with their import, never queried one by one: one JSON column.
            i.Property(x => x.RowErrors).HasConversion(
                errors => JsonSerializer.Serialize(errors, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<RowError>>(json, (JsonSerializerOptions?)null) ?? new List<RowError>(),
                new ValueComparer<List<RowError>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, e) => HashCode.Combine(h, e.GetHashCode())), l => l.ToList()));
        });
        FundModel.Configure(modelBuilder);
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class LotteryDesignTimeFactory : ModuleDesignTimeFactory<LotteryDb>;
