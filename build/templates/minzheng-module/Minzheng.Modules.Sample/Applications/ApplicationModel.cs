using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>The tables of the applications feature.</summary>
internal static class ApplicationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Application>(a =>
        {
            a.ToTable("applications");
            a.HasKey(x => x.Id);
            a.Property(x => x.ApplicantName).HasMaxLength(ApplicationRules.NameLength);
            a.Property(x => x.IdNumber).HasMaxLength(18);
            a.Property(x => x.DivisionCode).HasMaxLength(12);
            a.Property(x => x.Subject).HasMaxLength(ApplicationRules.SubjectLength);
            a.Property(x => x.Outcome).HasMaxLength(ApplicationRules.OutcomeLength);
            // The list's search and order, inside a scope (division code prefix).
            a.HasIndex(x => new { x.DivisionCode, x.SubmittedOn });
            a.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ApplicationId);
        });
        modelBuilder.Entity<ApplicationStep>(s =>
        {
            s.ToTable("application_steps");
            s.HasKey(x => x.Id);
        });
    }
}
