using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>The tables of the registration workflows and certificates (called from the DbContext, kept here by the features).</summary>
internal static class WorkflowModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegistrationApplication>(a =>
        {
            a.ToTable("registration_applications");
            a.HasKey(x => x.Id);
            a.Property(x => x.DivisionCode).HasMaxLength(12);
            a.Property(x => x.ApplicantName).HasMaxLength(50);
            a.Property(x => x.Name).HasMaxLength(OrganisationRules.NameLength);
            a.Property(x => x.Founders).HasMaxLength(500);
            a.Property(x => x.Funds).HasPrecision(14, 2);
            a.Property(x => x.CreditCode).HasMaxLength(18);
            a.Property(x => x.CreditCodeOverride).HasMaxLength(500);
            a.Property(x => x.LegalRepresentativeName).HasMaxLength(50);
            a.Property(x => x.LegalRepresentativeIdNumber).HasMaxLength(18);
            a.Property(x => x.BusinessScope).HasMaxLength(OrganisationRules.ScopeLength);
            a.Property(x => x.SupervisingUnit).HasMaxLength(100);
            a.Property(x => x.Address).HasMaxLength(200);
            a.Property(x => x.Before).HasMaxLength(OrganisationRules.ScopeLength);
            a.Property(x => x.After).HasMaxLength(OrganisationRules.ScopeLength);
            a.Property(x => x.Reason).HasMaxLength(500);
            a.Property(x => x.ReviewOpinion).HasMaxLength(ApplicationRules.ReasonLength);
            a.Property(x => x.DecisionReason).HasMaxLength(ApplicationRules.ReasonLength);
            a.Property(x => x.DecisionNumber).HasMaxLength(100);
            a.OwnsMany(x => x.Documents, d => d.ToJson());
            // The pending lists by workflow and status, and the name check (a name pending or approved in the district).
            a.HasIndex(x => new { x.Kind, x.Status });
            a.HasIndex(x => x.Name);
            a.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ApplicationId);
        });
        modelBuilder.Entity<ApplicationStep>(s =>
        {
            s.ToTable("application_steps");
            s.HasKey(x => x.Id);
        });
        modelBuilder.Entity<Branch>(b =>
        {
            b.ToTable("branches");
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(OrganisationRules.NameLength);
            b.Property(x => x.PersonInCharge).HasMaxLength(50);
            b.Property(x => x.BusinessScope).HasMaxLength(OrganisationRules.ScopeLength);
            b.Property(x => x.Address).HasMaxLength(200);
            b.Property(x => x.DivisionCode).HasMaxLength(12);
            b.HasIndex(x => x.OrganisationId);
        });
        modelBuilder.Entity<RegistrationCertificate>(c =>
        {
            c.ToTable("registration_certificates");
            c.HasKey(x => x.Id);
            c.Property(x => x.Number).HasMaxLength(20);
            // A number is never given twice: voided certificates stay, and a race for the next number loses here (409).
            c.HasIndex(x => x.Number).IsUnique();
            c.HasIndex(x => x.Sequence).IsUnique();
            c.Property(x => x.DivisionCode).HasMaxLength(12);
            c.Property(x => x.Name).HasMaxLength(OrganisationRules.NameLength);
            c.Property(x => x.Type).HasMaxLength(30);
            c.Property(x => x.CreditCode).HasMaxLength(18);
            c.Property(x => x.LegalRepresentativeName).HasMaxLength(50);
            c.Property(x => x.BusinessScope).HasMaxLength(OrganisationRules.ScopeLength);
            c.Property(x => x.SupervisingUnit).HasMaxLength(100);
            c.Property(x => x.ActivityFunds).HasPrecision(14, 2);
            c.Property(x => x.Address).HasMaxLength(200);
            c.Property(x => x.Authority).HasMaxLength(100);
            c.Property(x => x.VoidReason).HasMaxLength(200);
            c.HasIndex(x => x.OrganisationId);
            c.HasIndex(x => x.BranchId);
        });
    }
}
