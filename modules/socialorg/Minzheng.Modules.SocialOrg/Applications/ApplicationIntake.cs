using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>What every submission and decision does alike: documents, the name's rules and availability, the new record.</summary>
internal static class ApplicationIntake
{
    /// <summary>The documents handed in, one per line (a trailing "×2" gives the copies).</summary>
    public static List<ApplicationDocument> Documents(FieldErrors errors, string? text)
    {
        var documents = new List<ApplicationDocument>();
        foreach (var line in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var parts = line.Split('×', 2);
            var copies = parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 1;
            if (parts[0].Trim().Length is 0 or > 100 || copies < 1) errors.Add("documents", "每行写一份材料的名称（不超过100字），份数至少为1");
            else documents.Add(new ApplicationDocument { Name = parts[0].Trim(), Copies = copies });
        }
        return documents;
    }

    /// <summary>The administrative name names must start with: the configured one, or the district's.</summary>
    public static string Prefix(ApplicationOptions options, IDivisionNames names) => options.NamePrefix ?? names.DistrictName;

    /// <summary>
    /// Why <paramref name="name"/> is not available in the district: a registered organisation has it, or another name
    /// approval waits for a decision or is approved and still usable (<paramref name="except"/>: the one asking).
    /// </summary>
    public static async Task<string?> NameTakenAsync(SocialOrgDb db, string name, Guid? except, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Status == OrganisationStatus.Registered, cancellationToken)) return "该名称已被辖区内在册的社会组织使用";
        var pending = await db.RegistrationApplications.AnyAsync(a => a.Kind == ApplicationKind.NameApproval && a.Name == name && a.Id != except
            && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Reviewed
                || (a.Status == ApplicationStatus.Approved && !a.Used && a.ValidUntil >= today)), cancellationToken);
        return pending ? "该名称已有待决定或仍在有效期内的名称核准" : null;
    }

    /// <summary>A new application of <paramref name="kind"/>, with its first step.</summary>
    public static RegistrationApplication New(SocialOrgDb db, ApplicationKind kind, OrganisationType type, string divisionCode, string applicant,
        List<ApplicationDocument> documents, ICallerContext caller, TimeProvider clock)
    {
        var application = new RegistrationApplication
        {
            Id = Guid.NewGuid(), Kind = kind, Status = ApplicationStatus.Submitted, OrganisationType = type, DivisionCode = divisionCode, ApplicantName = applicant,
            AppliedOn = clock.BeijingToday(), Documents = documents,
        };
        db.RegistrationApplications.Add(application);
        Record(db, application, caller, clock, $"提出{ApplicationRules.KindLabel(kind)}申请");
        return application;
    }

    /// <summary>Writes a step of the application's history.</summary>
    public static void Record(SocialOrgDb db, RegistrationApplication application, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        // Added to the set, not to application.Steps: a step with its key set found through a tracked record's navigation is taken for an existing row.
        db.ApplicationSteps.Add(new ApplicationStep
        {
            ApplicationId = application.Id, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note,
        });
}
