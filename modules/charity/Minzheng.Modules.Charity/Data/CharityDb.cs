using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Donations;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Modules.Charity.Receipts;
using Minzheng.Modules.Charity.Recognition;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Charity.Data;

/// <summary>
/// The module's own database, one per district. The platform picks it, applies the migrations in
/// <c>Migrations/</c> (SQLite) or <c>Migrations/PostgreSql/</c> and audits every change saved through it.
/// </summary>
public sealed class CharityDb(DbContextOptions<CharityDb> options) : ModuleDbContext(options)
{
    /// <summary>The copy of socialorg's register.</summary>
    public DbSet<KnownOrganisation> Organisations => Set<KnownOrganisation>();

    /// <summary>The copy of the credit lists.</summary>
    public DbSet<CreditListEntry> CreditListEntries => Set<CreditListEntry>();

    /// <summary>The copy of the penalties.</summary>
    public DbSet<PenaltyRecord> Penalties => Set<PenaltyRecord>();

    /// <summary>Recognition applications.</summary>
    public DbSet<RecognitionApplication> Recognitions => Set<RecognitionApplication>();

    /// <summary>Their history.</summary>
    public DbSet<RecognitionStep> RecognitionSteps => Set<RecognitionStep>();

    /// <summary>Donations.</summary>
    public DbSet<Donation> Donations => Set<Donation>();

    /// <summary>Receipt ranges received from the finance bureau.</summary>
    public DbSet<ReceiptStock> ReceiptStock => Set<ReceiptStock>();

    /// <summary>Receipts issued.</summary>
    public DbSet<Receipt> Receipts => Set<Receipt>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        OrganisationModel.Configure(modelBuilder);
        RecognitionModel.Configure(modelBuilder);
        DonationModel.Configure(modelBuilder);
        ReceiptModel.Configure(modelBuilder);
    }
}

/// <summary>Lets <c>dotnet ef</c> create the context without a host (<c>-- --engine PostgreSql</c> for the second set).</summary>
public sealed class CharityDesignTimeFactory : ModuleDesignTimeFactory<CharityDb>;
