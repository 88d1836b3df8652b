using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Disclosure;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>The tables of the fund ledger and its disclosures.</summary>
internal static class FundModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FundAccount>(a =>
        {
            a.ToTable("fund_account");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            // The one row exists from the migration on: no two first postings can race to create it.
            a.HasData(new FundAccount { Id = 1, Balance = 0, Version = 1 });
        });
        modelBuilder.Entity<FundProject>(p =>
        {
            p.ToTable("fund_projects");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(100);
            p.Property(x => x.RecipientName).HasMaxLength(100);
            p.Property(x => x.RecipientCreditCode).HasMaxLength(18);
            p.Property(x => x.Purpose).HasMaxLength(500);
            p.Property(x => x.DivisionCode).HasMaxLength(12);
            p.HasIndex(x => new { x.Year, x.DivisionCode });
        });
        modelBuilder.Entity<FundMovement>(m =>
        {
            m.ToTable("fund_movements");
            m.HasKey(x => x.Id);
            m.Property(x => x.DivisionCode).HasMaxLength(12);
            m.Property(x => x.Note).HasMaxLength(200);
            m.Property(x => x.StaffId).HasMaxLength(100);
            m.Property(x => x.StaffName).HasMaxLength(100);
            // A movement is reversed once: two racing reversals cannot both save.
            m.HasIndex(x => x.ReversesId).IsUnique();
            m.HasIndex(x => new { x.Year, x.Kind });
            m.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<ProjectEvidence>(e =>
        {
            e.ToTable("fund_project_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.StaffName).HasMaxLength(100);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<ListedOrganisation>(l =>
        {
            l.ToTable("socialorg_listed");
            l.HasKey(x => x.EntryId);
            l.Property(x => x.EntryId).ValueGeneratedNever();
            l.Property(x => x.CreditCode).HasMaxLength(18);
            l.Property(x => x.List).HasMaxLength(20);
            l.Property(x => x.Cause).HasMaxLength(500);
            l.HasIndex(x => x.CreditCode);
        });
        modelBuilder.Entity<PenalisedOrganisation>(p =>
        {
            p.ToTable("socialorg_penalised");
            p.HasKey(x => x.PenaltyId);
            p.Property(x => x.PenaltyId).ValueGeneratedNever();
            p.Property(x => x.CreditCode).HasMaxLength(18);
            p.Property(x => x.Kind).HasMaxLength(30);
            p.HasIndex(x => x.CreditCode);
        });
        modelBuilder.Entity<FundDisclosure>(d =>
        {
            d.ToTable("fund_disclosures");
            d.HasKey(x => x.Id);
            d.Property(x => x.DistrictName).HasMaxLength(100);
            d.Property(x => x.Note).HasMaxLength(500);
            d.Property(x => x.PublishedBy).HasMaxLength(100);
            // One edition number per year; one draft per year at a time (checked, and the number races to the index).
            d.HasIndex(x => new { x.Year, x.Edition }).IsUnique();
            // The figures are read with their disclosure, never queried: one JSON column, frozen at publication.
            d.Property(x => x.Figures).HasConversion(
                f => JsonSerializer.Serialize(f, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<DisclosureFigures>(json, (JsonSerializerOptions?)null) ?? new DisclosureFigures());
        });
    }
}
