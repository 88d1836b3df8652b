using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>The donations table.</summary>
internal static class DonationModel
{
    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<Donation>(d =>
    {
        d.ToTable("donations");
        d.HasKey(x => x.Id);
        d.Property(x => x.OrganisationName).HasMaxLength(200);
        d.Property(x => x.DivisionCode).HasMaxLength(12);
        d.Property(x => x.DonorKind).HasMaxLength(20);
        d.Property(x => x.DonorName).HasMaxLength(200);
        d.Property(x => x.DonorIdNumber).HasMaxLength(18);
        d.Property(x => x.DonorCreditCode).HasMaxLength(18);
        d.Property(x => x.Form).HasMaxLength(10);
        d.Property(x => x.Amount).HasPrecision(14, 2);
        d.Property(x => x.GoodsDescription).HasMaxLength(500);
        d.Property(x => x.GoodsQuantity).HasMaxLength(50);
        d.Property(x => x.Project).HasMaxLength(200);
        d.Property(x => x.HandlerName).HasMaxLength(50);
        d.Property(x => x.Note).HasMaxLength(500);
        d.Property(x => x.ReceiptDeclinedNote).HasMaxLength(700);
        d.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
        d.HasIndex(x => new { x.OrganisationId, x.ReceivedOn });
    });
}
