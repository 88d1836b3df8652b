using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Discovery;

/// <summary>A resident found eligible with no application.</summary>
public sealed record DiscoveredResident(
    string Key, Guid ResidentId, string Name, string IdNumber, string DivisionCode, string Town, string Kind, string Category, int Grade);

/// <summary>Starting an application on a discovered resident's behalf.</summary>
public sealed record StartApplicationRequest(
    string? AppliedBy, string? ApplicantName, bool? NeedsLongTermCare, bool? ReceivesWorkInjuryCareAllowance, string? BankName, string? BankAccount);

/// <summary>主动发现、精准发现: residents eligible by the registry who have not applied, and one action to start their application.</summary>
public sealed class DiscoveryEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/discovery", ListAsync).RequirePermission(DisabilityPermissions.Discover)
            .WithName("DisabilityDiscover")
            .WithSummary("Residents eligible by the registry with no application, by town and village (caller's scope), paged on the server (sort: divisionCode).");
        app.MapPost("/discovery/{residentId:guid}/{kind}/apply", StartAsync).RequirePermission(DisabilityPermissions.Apply)
            .WithName("DisabilityApplyOnBehalf")
            .WithSummary("Starts an application on the resident's behalf (by default by the village committee).");
    }

    private static async Task<Results<Ok<Paged<DiscoveredResident>>, ValidationProblem>> ListAsync(
        string? divisionCode, string? kind, [AsParameters] PageQuery paging, DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        SubsidyKind? only = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!SubsidyKinds.TryParse(kind, out var k)) return Problems.Validation("kind", "没有这个补贴类别");
            only = k;
        }
        if (!string.IsNullOrEmpty(divisionCode) && !DivisionCode.IsValidFormat(divisionCode)) return Problems.Validation("divisionCode", "请选择镇街或村居");
        var rows = new List<DiscoveredResident>();
        await foreach (var found in EligibleResidents.ScanAsync(db, registry, policy, clock.BeijingToday(), NullIfEmpty(divisionCode), cancellationToken))
        {
            if (found.Open || (only is not null && found.Kind != only)) continue;
            var r = found.Resident;
            rows.Add(new DiscoveredResident($"{r.Id}-{SubsidyKinds.Code(found.Kind)}", r.Id, r.Name, r.IdNumber.Masked, r.DivisionCode,
                r.DivisionCode[..9], SubsidyKinds.Code(found.Kind), CategoryNames.Of(found.Certificate.Category), found.Certificate.Grade));
        }
        // Found by walking the registry, not stored: paged in memory. The key makes the order total.
        var ordered = paging.SortsBy("divisionCode") && paging.Descending
            ? rows.OrderByDescending(r => r.DivisionCode).ThenBy(r => r.Name).ThenBy(r => r.Key, StringComparer.Ordinal)
            : rows.OrderBy(r => r.DivisionCode).ThenBy(r => r.Name).ThenBy(r => r.Key, StringComparer.Ordinal);
        return TypedResults.Ok(ordered.ToPage(paging));
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> StartAsync(
        Guid residentId, string kind, StartApplicationRequest request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller,
        SubsidyPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await registry.GetAsync(residentId, cancellationToken) is not { } resident) return Problems.NotFound("居民信息库中没有此人，或此人不在您的辖区内。");
        var appliedBy = request.AppliedBy ?? ApplicationCodes.Code(ApplicantRole.VillageCommittee);
        var applicant = request.ApplicantName ?? (appliedBy == ApplicationCodes.Code(ApplicantRole.VillageCommittee) ? caller.Staff.Name : null);
        var application = new NewApplicationRequest(resident.IdNumber.Value, kind, appliedBy, applicant, null,
            request.NeedsLongTermCare, request.ReceivesWorkInjuryCareAllowance, request.BankName, request.BankAccount, []);
        return await ApplicationIntake.AcceptAsync(application, db, registry, caller, policy, clock, cancellationToken);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
