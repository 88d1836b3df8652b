using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>The stock and receipts tables: a number is taken once (unique code and number), a donation has one receipt in force.</summary>
internal static class ReceiptModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceiptStock>(s =>
        {
            s.ToTable("receipt_stock");
            s.HasKey(x => x.Id);
            s.Property(x => x.Code).HasMaxLength(20);
            s.Property(x => x.DivisionCode).HasMaxLength(12);
            s.Property(x => x.StaffName).HasMaxLength(50);
            s.HasIndex(x => new { x.Code, x.FirstNumber }).IsUnique();
            s.HasIndex(x => new { x.OrganisationId, x.ReceivedOn });
        });
        modelBuilder.Entity<Receipt>(r =>
        {
            r.ToTable("receipts");
            r.HasKey(x => x.Id);
            r.Property(x => x.Code).HasMaxLength(20);
            r.Property(x => x.NumberText).HasMaxLength(18);
            r.Property(x => x.DivisionCode).HasMaxLength(12);
            r.Property(x => x.OrganisationName).HasMaxLength(200);
            r.Property(x => x.PayerName).HasMaxLength(200);
            r.Property(x => x.PayerIdentifier).HasMaxLength(18);
            r.Property(x => x.Item).HasMaxLength(800);
            r.Property(x => x.Quantity).HasMaxLength(50);
            r.Property(x => x.Amount).HasPrecision(14, 2);
            r.Property(x => x.AmountInWords).HasMaxLength(100);
            r.Property(x => x.Note).HasMaxLength(600);
            r.Property(x => x.HandlerName).HasMaxLength(50);
            r.Property(x => x.CheckCode).HasMaxLength(6);
            r.Property(x => x.VoidReason).HasMaxLength(ReceiptRules.ReasonLength);
            r.Property(x => x.ReissueReason).HasMaxLength(ReceiptRules.ReasonLength);
            // Concurrent issues never take the same number: the loser of the race is refused by the database.
            r.HasIndex(x => new { x.Code, x.Number }).IsUnique();
            // One receipt in force per donation (voided ones stay beside it).
            r.HasIndex(x => x.DonationId).IsUnique().HasFilter("\"Status\" = 0");
            r.HasIndex(x => new { x.StockId, x.Number });
            r.HasIndex(x => new { x.OrganisationId, x.Code, x.Number });
        });
    }
}
