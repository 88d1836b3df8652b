using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Terminals;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>
/// Sales outlets, under <c>/api/lottery/outlets</c>: an application with the siting check shown, the district's decision
/// (an approval the check refuses names the rule), closure. The schools it measures from are in <see cref="SchoolEndpoints"/>.
/// </summary>
public sealed class OutletEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/outlets", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListOutlets").WithSummary("Outlets within the caller's scope, by status; paged on the server.");
        app.MapGet("/outlets/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetOutlet").WithSummary("One outlet with today's siting check (the nearest schools and outlets), its history, contracts, terminals, inspections and penalties.");
        app.MapPost("/outlets", ApplyAsync).RequirePermission(LotteryPermissions.Apply)
            .WithName("LotteryApplyOutlet").WithSummary("设立申请 for a place in the caller's scope; answers with the siting check.");
        app.MapPost("/outlets/{id:guid}/approve/{version:int}", ApproveAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotteryApproveOutlet").WithSummary("批准设立 by the district, refused while the siting check fails (the rule is named).");
        app.MapPost("/outlets/{id:guid}/refuse/{version:int}", RefuseAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotteryRefuseOutlet").WithSummary("不予设立 with a reason.");
        app.MapPost("/outlets/{id:guid}/close/{version:int}", CloseAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotteryCloseOutlet").WithSummary("关闭 an open outlet with a reason; from today it is no longer counted.");
        app.MapPost("/outlets/{id:guid}/station-number/{version:int}", NumberAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotterySetOutletStationNumber").WithSummary("Records or corrects the sales centre's 网点编号 of an outlet (unique in the district).");
    }

    private static async Task<Ok<Paged<OutletRow>>> ListAsync(string? status, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.Outlets.AsNoTracking().WithinScope(caller);
        if (Enum.GetValues<OutletStatus>().FirstOrDefault(s => OutletCodes.Status(s) == status) is var wanted && wanted != default) query = query.Where(o => o.Status == wanted);
        var page = await query.OrderByDescending(o => o.AppliedOn).ThenBy(o => o.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(OutletView.Row));
    }

    private static async Task<Results<Ok<OutletView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock,
        CancellationToken ct)
    {
        if (await db.Outlets.AsNoTracking().WithinScope(caller).Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } outlet) return NotFound();
        return TypedResults.Ok(OutletView.Of(outlet, await CheckAsync(db, outlet, siting, clock, ct), await OutletRecords.LoadAsync(db, id, ct)));
    }

    private static async Task<Results<Created<OutletView>, ValidationProblem>> ApplyAsync(
        OutletApplication request, LotteryDb db, ICallerContext caller, IDivisionNames divisions, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "网点名称", 100);
        if (!OutletCodes.TryParseKind(request.Kind, out var kind)) errors.Add("kind", "请选择类型：专营（dedicated）或兼营（shared）");
        var operatorName = errors.Text("operatorName", request.OperatorName, "业主", 100);
        var identifier = "";
        var isOrganisation = !string.IsNullOrWhiteSpace(request.OperatorCreditCode);
        if (isOrganisation)
        {
            if (CreditCode.TryParse(request.OperatorCreditCode, out var code, out var error)) identifier = code.Value.Value;
            else errors.Add("operatorCreditCode", error!);
        }
        else if (!errors.Has("operatorName"))
        {
            var idNumber = errors.IdNumber("operatorIdNumber", request.OperatorIdNumber, today);
            if (!errors.Has("operatorIdNumber")) identifier = idNumber.Value;
        }
        var address = errors.Text("address", request.Address, "地址", 200);
        var village = errors.Division("divisionCode", request.DivisionCode, "所在村（居）", divisions, caller.Scope);
        var at = errors.Coordinates(request.Latitude, request.Longitude);
        var premises = errors.Text("premises", request.Premises, "经营场所", 500);
        var station = errors.Text("stationNumber", request.StationNumber, "网点编号", 20, required: false);
        // The district's whole list, whatever the caller's scope: the number names one outlet in the sales file.
        if (station.Length > 0 && await db.Outlets.AnyAsync(o => o.StationNumber == station, ct)) errors.Add("stationNumber", "该网点编号已有网点使用");
        if (errors.HasErrors) return errors.ToProblem();

        var outlet = new Outlet
        {
            Id = Guid.NewGuid(), Name = name, StationNumber = station.Length > 0 ? station : null, Kind = kind, OperatorName = operatorName, OperatorIdentifier = identifier, OperatorIsOrganisation = isOrganisation,
            Address = address, DivisionCode = village, Latitude = at.Latitude, Longitude = at.Longitude, Premises = premises, Status = OutletStatus.Applied,
            AppliedOn = today,
        };
        var check = await CheckAsync(db, outlet, siting, clock, ct);
        db.Outlets.Add(outlet);
        Record(db, outlet, caller, clock, "受理设立申请", check.Passes ? "选址核查通过" : "选址核查未通过：" + string.Join("；", check.Breaches));
        return TypedResults.Created($"/api/lottery/outlets/{outlet.Id}", OutletView.Of(outlet, check));
    }

    private static async Task<Results<Ok<OutletView>, ProblemHttpResult>> ApproveAsync(
        Guid id, int version, LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await LoadAsync(db, caller, id, ct) is not { } outlet) return NotFound();
        if (db.ExpectVersion(outlet, version) is { } stale) return stale;
        if (outlet.Status != OutletStatus.Applied) return Problems.Conflict("只有申请中的网点可以批准。", "当前状态不能批准");
        var check = await CheckAsync(db, outlet, siting, clock, ct);
        if (!check.Passes) return Problems.Conflict("选址不符合规定：" + string.Join("；", check.Breaches) + "。", "选址核查未通过");
        outlet.Status = OutletStatus.Open;
        outlet.OpenedOn = clock.BeijingToday();
        Record(db, outlet, caller, clock, "批准设立");
        return TypedResults.Ok(OutletView.Of(outlet, check));
    }

    private static Task<Results<Ok<OutletView>, ProblemHttpResult, ValidationProblem>> RefuseAsync(
        Guid id, int version, ReasonRequest? request, LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock, CancellationToken ct) =>
        EndAsync(id, version, request, db, caller, siting, clock, OutletStatus.Applied, OutletStatus.Refused, "不予设立", ct);

    private static Task<Results<Ok<OutletView>, ProblemHttpResult, ValidationProblem>> CloseAsync(
        Guid id, int version, ReasonRequest? request, LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock, CancellationToken ct) =>
        EndAsync(id, version, request, db, caller, siting, clock, OutletStatus.Open, OutletStatus.Closed, "关闭", ct);

    private static async Task<Results<Ok<OutletView>, ProblemHttpResult, ValidationProblem>> EndAsync(Guid id, int version, ReasonRequest? request, LotteryDb db,
        ICallerContext caller, SitingOptions siting, TimeProvider clock, OutletStatus from, OutletStatus to, string title, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, $"{title}原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } outlet) return NotFound();
        if (db.ExpectVersion(outlet, version) is { } stale) return stale;
        if (outlet.Status != from) return Problems.Conflict($"只有{(from == OutletStatus.Applied ? "申请中" : "营业中")}的网点可以{title}。", $"当前状态不能{title}");
        outlet.Status = to;
        outlet.Reason = reason;
        Record(db, outlet, caller, clock, title, reason);
        if (to == OutletStatus.Closed)
        {
            outlet.ClosedOn = clock.BeijingToday();
            await EndSupervisionAsync(db, outlet, reason, caller, clock, ct);
        }
        return TypedResults.Ok(OutletView.Of(outlet, await CheckAsync(db, outlet, siting, clock, ct)));
    }

    private static async Task<Results<Ok<OutletView>, ProblemHttpResult, ValidationProblem>> NumberAsync(Guid id, int version, StationNumberRequest? request,
        LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var number = errors.Text("stationNumber", request?.StationNumber, "网点编号", 20);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } outlet) return NotFound();
        if (db.ExpectVersion(outlet, version) is { } stale) return stale;
        if (await db.Outlets.AnyAsync(o => o.Id != id && o.StationNumber == number, ct)) return Problems.Validation("stationNumber", "该网点编号已有网点使用");
        var before = outlet.StationNumber;
        outlet.StationNumber = number;
        // The sales already imported stay with the outlet (they name it by id): only the next files use the new number.
        Record(db, outlet, caller, clock, "登记网点编号", before is null ? number : $"{before} 改为 {number}");
        return TypedResults.Ok(OutletView.Of(outlet, await CheckAsync(db, outlet, siting, clock, ct)));
    }

    /// <summary>
    /// The siting check of <paramref name="outlet"/> at its place, or at <paramref name="site"/> (a move's new point): the
    /// same rules either way, the outlet itself never measured from. Every school and every open 专营 outlet of the district
    /// counts, whatever the caller's scope: a town's clerk must not approve a site next to the neighbouring town's school.
    /// So does a penalty of the operator at any outlet, unless withdrawn.
    /// </summary>
    internal static async Task<SitingReport> CheckAsync(LotteryDb db, Outlet outlet, SitingOptions siting, TimeProvider clock, CancellationToken ct, GeoPoint? site = null)
    {
        var schools = await db.Schools.AsNoTracking().Where(s => s.RemovedOn == null).Select(s => new { s.Name, s.Latitude, s.Longitude }).ToListAsync(ct);
        var outlets = await db.Outlets.AsNoTracking().Where(o => o.Id != outlet.Id && o.Status == OutletStatus.Open && o.Kind == OutletKind.Dedicated)
            .Select(o => new { o.Name, o.Latitude, o.Longitude }).ToListAsync(ct);
        var penalised = await db.Penalties.AsNoTracking().Where(p => p.OperatorIdentifier == outlet.OperatorIdentifier && p.WithdrawnOn == null).Select(p => p.DecidedOn).ToListAsync(ct);
        return SitingRules.Check(site ?? outlet.At, outlet.Kind, schools.Select(s => (s.Name, new GeoPoint(s.Latitude, s.Longitude))),
            outlets.Select(o => (o.Name, new GeoPoint(o.Latitude, o.Longitude))), siting, new OperatorRecord(penalised, clock.BeijingToday()));
    }

    // Closing performs the withdrawal of the outlet's terminals and ends its contract (and refuses an undecided move)
    // rather than requiring them first: the closure is the district's decision, the terminals and the contract cannot outlive it, and refusing a closure
    // until a clerk has withdrawn each terminal would only add steps (the sales centre collects them on closure).
    // Each withdrawal and the termination are recorded with the closure's reason.
    private static async Task EndSupervisionAsync(LotteryDb db, Outlet outlet, string reason, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        foreach (var terminal in await db.Terminals.Include(t => t.Placements).Where(t => t.OutletId == outlet.Id).ToListAsync(ct))
        {
            TerminalEndpoints.Withdraw(db, terminal, $"网点关闭：{reason}", caller, clock);
            terminal.Version++;
        }
        foreach (var contract in await db.Contracts.Where(c => c.OutletId == outlet.Id && c.Status == ContractStatus.Active).ToListAsync(ct))
        {
            ContractEndpoints.Terminate(db, contract, $"网点关闭：{reason}", caller, clock);
            contract.Version++;
        }
        // An undecided move has nothing left to move: it ends refused, with the closure's reason.
        foreach (var move in await db.OutletMoves.Where(m => m.OutletId == outlet.Id && m.Status == MoveStatus.Applied).ToListAsync(ct))
        {
            OutletMoveEndpoints.Refuse(db, move, $"网点关闭：{reason}", caller, clock);
            move.Version++;
        }
    }

    private static Task<Outlet?> LoadAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Outlets.WithinScope(caller).Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, ct);

    private static void Record(LotteryDb db, Outlet outlet, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        OutletHistory.Record(db, outlet.Id, caller, clock, title, note);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "销售网点的设立和关闭由区民政局决定。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个销售网点，或它不在您的辖区内。");
}
