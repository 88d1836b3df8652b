using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>The tables of recognition.</summary>
internal static class RecognitionModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RecognitionApplication>(r =>
        {
            r.ToTable("recognitions");
            r.HasKey(x => x.Id);
            r.Property(x => x.OrganisationName).HasMaxLength(200);
            r.Property(x => x.DivisionCode).HasMaxLength(12);
            r.Property(x => x.Purpose).HasMaxLength(RecognitionRules.PurposeLength);
            r.Property(x => x.Reasons).HasMaxLength(RecognitionRules.ReasonsLength);
            r.Property(x => x.LastYearSpending).HasPrecision(18, 2);
            r.Property(x => x.LastYearCharitableSpending).HasPrecision(18, 2);
            r.Property(x => x.LastYearManagementCosts).HasPrecision(18, 2);
            r.HasIndex(x => new { x.Status, x.DueOn });
            r.HasIndex(x => x.OrganisationId);
            r.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ApplicationId);
        });
        modelBuilder.Entity<RecognitionStep>(s =>
        {
            s.ToTable("recognition_steps");
            s.HasKey(x => x.Id);
        });
    }
}
