using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>
/// The schools the siting rule measures from, under <c>/api/lottery/schools</c>: listed to every reader (the check
/// measures from all of the district's), added and removed by the district (a town clerk must not be able to drop the
/// school that stands in the way of a site in the town). A removed school stays on record with its reason.
/// </summary>
public sealed class SchoolEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/schools", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListSchools").WithSummary("The schools the siting rule measures from (removed=true: those removed, with the reason); paged.");
        app.MapGet("/schools/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetSchool").WithSummary("One school, current or removed.");
        app.MapPost("/schools", AddAsync).RequirePermission(LotteryPermissions.Schools)
            .WithName("LotteryAddSchool").WithSummary("Adds a school (name, address, village, coordinates) to measure from; district staff only.");
        app.MapPost("/schools/{id:guid}/remove/{version:int}", RemoveAsync).RequirePermission(LotteryPermissions.Schools)
            .WithName("LotteryRemoveSchool").WithSummary("移除 a school with a reason: the siting check no longer measures from it; it stays on record. District staff only.");
    }

    // Schools are the district's, not a town's: every reader sees all of them, as the siting check measures from all.
    private static async Task<Ok<Paged<SchoolView>>> ListAsync(bool? removed, [AsParameters] PageQuery paging, LotteryDb db, CancellationToken ct)
    {
        var query = removed == true ? db.Schools.AsNoTracking().Where(s => s.RemovedOn != null) : db.Schools.AsNoTracking().Where(s => s.RemovedOn == null);
        var page = await query.OrderBy(s => s.DivisionCode).ThenBy(s => s.Name).ThenBy(s => s.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(SchoolView.Of));
    }

    private static async Task<Results<Ok<SchoolView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, CancellationToken ct) =>
        await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } school ? TypedResults.Ok(SchoolView.Of(school)) : NotFound();

    private static async Task<Results<Created<SchoolView>, ProblemHttpResult, ValidationProblem>> AddAsync(NewSchool request, LotteryDb db, IDivisionNames divisions,
        ICallerContext caller, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "学校名称", 100);
        var address = errors.Text("address", request.Address, "地址", 200, required: false);
        var village = errors.Division("divisionCode", request.DivisionCode, "所在村（居）", divisions, caller.Scope);
        var at = errors.Coordinates(request.Latitude, request.Longitude);
        if (name.Length > 0 && !errors.Has("divisionCode") && await db.Schools.AnyAsync(s => s.RemovedOn == null && s.Name == name && s.DivisionCode == village, ct))
        {
            errors.Add("name", "该村（居）已有同名学校");
        }
        if (errors.HasErrors) return errors.ToProblem();
        var school = new School { Id = Guid.NewGuid(), Name = name, Address = address, DivisionCode = village, Latitude = at.Latitude, Longitude = at.Longitude };
        db.Schools.Add(school);
        return TypedResults.Created($"/api/lottery/schools/{school.Id}", SchoolView.Of(school));
    }

    private static async Task<Results<Ok<SchoolView>, ProblemHttpResult, ValidationProblem>> RemoveAsync(Guid id, int version, ReasonRequest? request, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "移除原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Schools.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } school) return NotFound();
        if (db.ExpectVersion(school, version) is { } stale) return stale;
        if (school.RemovedOn is { } removedOn) return Problems.Conflict($"该学校已于{removedOn:yyyy-MM-dd}移除。", "学校已移除");
        school.RemovedOn = clock.BeijingToday();
        school.RemovedBy = caller.Staff.Name;
        school.RemovalReason = reason;
        return TypedResults.Ok(SchoolView.Of(school));
    }

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "选址核查所用的学校位置由区民政局维护。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这所学校。");
}
