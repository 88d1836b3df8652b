using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.Charity.Organisations;

/// <summary>The tables of the copy of socialorg's register.</summary>
internal static class OrganisationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownOrganisation>(o =>
        {
            o.ToTable("organisations");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Type).HasMaxLength(30);
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.DivisionCode).HasMaxLength(12);
            o.Property(x => x.Address).HasMaxLength(200);
            o.Property(x => x.LegalRepresentativeName).HasMaxLength(50);
            o.Property(x => x.DeregistrationReason).HasMaxLength(500);
            o.HasIndex(x => x.CreditCode);
            o.HasIndex(x => new { x.DivisionCode, x.Name });
        });
        modelBuilder.Entity<CreditListEntry>(l =>
        {
            l.ToTable("credit_list_entries");
            l.HasKey(x => x.EntryId);
            l.Property(x => x.EntryId).ValueGeneratedNever();
            l.Property(x => x.List).HasMaxLength(20);
            l.Property(x => x.Cause).HasMaxLength(500);
            l.HasIndex(x => x.OrganisationId);
        });
        modelBuilder.Entity<PenaltyRecord>(p =>
        {
            p.ToTable("penalties");
            p.HasKey(x => x.PenaltyId);
            p.Property(x => x.PenaltyId).ValueGeneratedNever();
            p.Property(x => x.Kind).HasMaxLength(30);
            p.HasIndex(x => new { x.OrganisationId, x.DecidedOn });
        });
    }
}
