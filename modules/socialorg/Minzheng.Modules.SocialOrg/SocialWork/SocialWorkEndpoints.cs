using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>登记一名社会工作者.</summary>
public sealed record NewSocialWorkerRequest(string? Name, string? IdNumber, string? Level, string? CertificateNumber, string? Employer, string? DivisionCode, DateOnly? Since);

/// <summary>离开: the day they stopped working in the district.</summary>
public sealed record SocialWorkerLeftRequest(DateOnly? LeftOn);

/// <summary>A social worker as staff see it.</summary>
public sealed record SocialWorkerView(Guid Id, string Name, string IdNumber, string Level, string CertificateNumber, string Employer, string DivisionCode,
    DateOnly Since, DateOnly? LeftOn, int Version)
{
    /// <summary>The view of <paramref name="w"/>.</summary>
    public static SocialWorkerView Of(SocialWorker w) =>
        new(w.Id, w.Name, Masking.Mask(w.IdNumber), SocialWorkRules.LevelCode(w.Level), w.CertificateNumber, w.Employer, w.DivisionCode, w.Since, w.LeftOn, w.Version);
}

/// <summary>Social workers (社会工作专业人才), under <c>/api/socialorg/social-workers</c>: registered by towns and the district, in scope.</summary>
public sealed class SocialWorkEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/social-workers", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListSocialWorkers")
            .WithSummary("Social workers within the caller's scope (those who left included, last), paged on the server.");
        app.MapPost("/social-workers", AddAsync).RequirePermission(SocialOrgPermissions.SocialWork)
            .WithName("SocialOrgAddSocialWorker")
            .WithSummary("Registers a qualified social worker working in a village of the caller's scope.");
        app.MapPost("/social-workers/{id:guid}/left/{version:int}", LeftAsync).RequirePermission(SocialOrgPermissions.SocialWork)
            .WithName("SocialOrgSocialWorkerLeft")
            .WithSummary("Records that a social worker left the district's social work on a day (they are counted until then).");
    }

    private static async Task<Ok<Paged<SocialWorkerView>>> ListAsync([AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var page = await db.SocialWorkers.AsNoTracking().WithinScope(caller)
            .OrderBy(w => w.LeftOn != null).ThenBy(w => w.Name).ThenBy(w => w.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(SocialWorkerView.Of));
    }

    private static async Task<Results<Created<SocialWorkerView>, ProblemHttpResult, ValidationProblem>> AddAsync(
        NewSocialWorkerRequest request, SocialOrgDb db, IDivisionNames divisions, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.PersonName("name", request.Name);
        var idNumber = errors.IdNumber("idNumber", request.IdNumber, today);
        if (!SocialWorkRules.TryParseLevel(request.Level, out var level)) errors.Add("level", "请选择资格等级：助理社会工作师、社会工作师或高级社会工作师");
        var certificate = errors.Text("certificateNumber", request.CertificateNumber, "职业资格证书编号", 50);
        var employer = errors.Text("employer", request.Employer, "工作单位", 100);
        var village = errors.Division("divisionCode", request.DivisionCode, "工作所在村（居）", divisions, caller.Scope);
        var since = request.Since ?? today;
        if (since > today) errors.Add("since", "起始日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.SocialWorkers.AnyAsync(w => w.IdNumber == idNumber.Value && w.LeftOn == null, cancellationToken))
        {
            return Problems.Conflict("此人已登记为在岗社会工作者。", "重复登记");
        }
        var worker = new SocialWorker
        {
            Id = Guid.NewGuid(), Name = name, IdNumber = idNumber.Value, Level = level, CertificateNumber = certificate, Employer = employer,
            DivisionCode = village, Since = since,
        };
        db.SocialWorkers.Add(worker);
        return TypedResults.Created($"/api/socialorg/social-workers/{worker.Id}", SocialWorkerView.Of(worker));
    }

    private static async Task<Results<Ok<SocialWorkerView>, ProblemHttpResult, ValidationProblem>> LeftAsync(
        Guid id, int version, SocialWorkerLeftRequest? request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        if (await db.SocialWorkers.WithinScope(caller).FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } worker)
        {
            return Problems.NotFound("没有这名社会工作者，或其不在您的辖区内。");
        }
        var leftOn = request?.LeftOn ?? today;
        if (leftOn > today || leftOn < worker.Since) return Problems.Validation("leftOn", "离开日期应在起始日期之后，且不晚于今天");
        if (db.ExpectVersion(worker, version) is { } stale) return stale;
        if (worker.LeftOn is not null) return Problems.Conflict("已记录此人离开。", "已离开");
        worker.LeftOn = leftOn;
        return TypedResults.Ok(SocialWorkerView.Of(worker));
    }
}
