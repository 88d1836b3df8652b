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

/// <summary>建站: the station's name, town, address and opening day (default today).</summary>
public sealed record NewStationRequest(string? Name, string? DivisionCode, string? Address, DateOnly? OpenedOn);

/// <summary>配备社会工作者: a registered social worker working in the station's town.</summary>
public sealed record StationStaffRequest(Guid? SocialWorkerId);

/// <summary>A station as staff see it, with the social workers working there now.</summary>
public sealed record StationView(Guid Id, string Name, string DivisionCode, string Address, DateOnly OpenedOn, DateOnly? ClosedOn, string Status, int StaffCount,
    IReadOnlyList<string> Staff, int Version);

/// <summary>社会工作站, under <c>/api/socialorg/social-work-stations</c>: one or more per town, kept by the town or the district in scope.</summary>
public sealed class StationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/social-work-stations", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListStations").WithSummary("Social work stations in the caller's scope with their social workers now; paged.");
        app.MapPost("/social-work-stations", Add).RequirePermission(SocialOrgPermissions.SocialWork)
            .WithName("SocialOrgAddStation").WithSummary("Records a town's social work station (the town in the caller's scope).");
        app.MapPost("/social-work-stations/{id:guid}/staff/{version:int}", StaffAsync).RequirePermission(SocialOrgPermissions.SocialWork)
            .WithName("SocialOrgStaffStation").WithSummary("Places a working social worker of the station's town at an open station, on the version shown.");
        app.MapPost("/social-work-stations/{id:guid}/close/{version:int}", CloseAsync).RequirePermission(SocialOrgPermissions.SocialWork)
            .WithName("SocialOrgCloseStation").WithSummary("Closes a station today, on the version shown; its social workers are no longer placed there.");
    }

    private static async Task<Ok<Paged<StationView>>> ListAsync([AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var page = await db.SocialWorkStations.AsNoTracking().WithinScope(caller).OrderBy(s => s.ClosedOn != null).ThenBy(s => s.DivisionCode).ThenBy(s => s.Name)
            .ThenBy(s => s.Id).ToPageAsync(paging, cancellationToken);
        var ids = page.Items.Select(s => (Guid?)s.Id).ToList();
        var today = clock.BeijingToday();
        var staff = await db.SocialWorkers.AsNoTracking().Where(w => ids.Contains(w.StationId)).Where(SocialWorkRules.WorkingOn(today))
            .Select(w => new { w.StationId, w.Name }).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Map(s => View(s, [.. staff.Where(w => w.StationId == s.Id).Select(w => w.Name).Order()])));
    }

    private static Results<Created<StationView>, ValidationProblem> Add(NewStationRequest request, SocialOrgDb db, IDivisionNames divisions,
        ICallerContext caller, TimeProvider clock)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "社会工作站名称", 100);
        var code = errors.Division("divisionCode", request.DivisionCode, "所在镇街", divisions, caller.Scope, townAllowed: true);
        var address = errors.Text("address", request.Address, "地址", 200);
        var openedOn = request.OpenedOn ?? today;
        if (openedOn > today) errors.Add("openedOn", "建站日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        // A village picked: the station is its town's.
        var station = new SocialWorkStation { Id = Guid.NewGuid(), Name = name, DivisionCode = code[..9], Address = address, OpenedOn = openedOn };
        db.SocialWorkStations.Add(station);
        return TypedResults.Created($"/api/socialorg/social-work-stations/{station.Id}", View(station, []));
    }

    private static async Task<Results<Ok<StationView>, ProblemHttpResult, ValidationProblem>> StaffAsync(Guid id, int version, StationStaffRequest request,
        SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.SocialWorkerId is not { } workerId) return Problems.Validation("socialWorkerId", "请选择社会工作者");
        if (await FindAsync(db, caller, id, cancellationToken) is not { } station) return NotFound();
        if (db.ExpectVersion(station, version) is { } stale) return stale;
        if (station.ClosedOn is not null) return Problems.Conflict("该社会工作站已撤站。", "已撤站");
        var today = clock.BeijingToday();
        var worker = await db.SocialWorkers.WithinScope(caller).FirstOrDefaultAsync(w => w.Id == workerId, cancellationToken);
        if (worker is null || !worker.DivisionCode.StartsWith(station.DivisionCode, StringComparison.Ordinal))
        {
            return Problems.Validation("socialWorkerId", "没有这名社会工作者，或其不在该社会工作站所在镇街工作");
        }
        if (worker.LeftOn is not null && worker.LeftOn <= today) return Problems.Validation("socialWorkerId", "此人已离开社会工作岗位");
        worker.StationId = station.Id;
        worker.Version++;
        var staff = await db.SocialWorkers.AsNoTracking().Where(w => w.StationId == station.Id && w.Id != worker.Id).Where(SocialWorkRules.WorkingOn(today))
            .Select(w => w.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(View(station, [.. staff.Append(worker.Name).Order()]));
    }

    private static async Task<Results<Ok<StationView>, ProblemHttpResult>> CloseAsync(Guid id, int version, SocialOrgDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(db, caller, id, cancellationToken) is not { } station) return NotFound();
        if (db.ExpectVersion(station, version) is { } stale) return stale;
        if (station.ClosedOn is not null) return Problems.Conflict("该社会工作站已撤站。", "已撤站");
        station.ClosedOn = clock.BeijingToday();
        foreach (var worker in await db.SocialWorkers.Where(w => w.StationId == id).ToListAsync(cancellationToken))
        {
            worker.StationId = null;
            worker.Version++;
        }
        return TypedResults.Ok(View(station, []));
    }

    private static Task<SocialWorkStation?> FindAsync(SocialOrgDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.SocialWorkStations.WithinScope(caller).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private static StationView View(SocialWorkStation s, IReadOnlyList<string> staff) =>
        new(s.Id, s.Name, s.DivisionCode, s.Address, s.OpenedOn, s.ClosedOn, s.ClosedOn is null ? "open" : "closed", staff.Count, staff, s.Version);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个社会工作站，或它不在您的辖区内。");
}
