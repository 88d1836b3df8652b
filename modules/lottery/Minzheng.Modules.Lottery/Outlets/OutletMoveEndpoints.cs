using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>
/// 迁址申请, under <c>/api/lottery/</c>: an open outlet's application to move (one undecided at a time), answered with the
/// siting check at the new point (<see cref="OutletEndpoints.CheckAsync"/>: the opening's rules, the outlet itself left
/// out); the district's approval, refused while the check fails (the rule named), moves the outlet; or its refusal.
/// Applied for in the caller's scope, decided by the district.
/// </summary>
public sealed class OutletMoveEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/outlet-moves", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListOutletMoves").WithSummary("Moves of outlets in the caller's scope (status: applied, approved, refused), newest first; paged.");
        app.MapGet("/outlet-moves/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetOutletMove").WithSummary("One move: the old place and the new, with the siting check at the new point.");
        app.MapPost("/outlets/{id:guid}/moves/{version:int}", ApplyAsync).RequirePermission(LotteryPermissions.Apply)
            .WithName("LotteryApplyOutletMove").WithSummary("迁址申请 of an open outlet in the caller's scope, to a village in it; answers with the siting check at the new point.");
        app.MapPost("/outlet-moves/{id:guid}/approve/{version:int}", ApproveAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotteryApproveOutletMove").WithSummary("批准迁址 by the district, refused while the check at the new point fails (the rule is named); the outlet moves.");
        app.MapPost("/outlet-moves/{id:guid}/refuse/{version:int}", RefuseAsync).RequirePermission(LotteryPermissions.Decide)
            .WithName("LotteryRefuseOutletMove").WithSummary("不予迁址 with a reason; the outlet stays where it is.");
    }

    private static async Task<Ok<Paged<OutletMoveRow>>> ListAsync(string? status, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.OutletMoves.AsNoTracking().WithinScope(caller);
        if (Enum.GetValues<MoveStatus>().FirstOrDefault(s => OutletMoveRules.Code(s) == status) is var wanted && wanted != default) query = query.Where(m => m.Status == wanted);
        var page = await query.OrderByDescending(m => m.AppliedOn).ThenBy(m => m.Id)
            .Join(db.Outlets, m => m.OutletId, o => o.Id, (m, o) => new { Move = m, o.Name }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => OutletMoveRow.Of(x.Move, x.Name)));
    }

    private static async Task<Results<Ok<OutletMoveView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, SitingOptions siting, TimeProvider clock,
        CancellationToken ct)
    {
        if (await db.OutletMoves.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } move) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, move, siting, clock, ct));
    }

    private static async Task<Results<Created<OutletMoveView>, ProblemHttpResult, ValidationProblem>> ApplyAsync(Guid id, int version, MoveApplication request, LotteryDb db,
        ICallerContext caller, IDivisionNames divisions, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var address = errors.Text("address", request.Address, "新地址", 200);
        var village = errors.Division("divisionCode", request.DivisionCode, "新址所在村（居）", divisions, caller.Scope);
        var at = errors.Coordinates(request.Latitude, request.Longitude);
        var premises = errors.Text("premises", request.Premises, "新经营场所", 500);
        var reason = errors.Text("reason", request.Reason, "迁址原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Outlets.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } outlet) return Problems.NotFound("没有这个销售网点，或它不在您的辖区内。");
        // Under the outlet's version: two applications sent at once for one outlet cannot both be the undecided one.
        if (db.ExpectVersion(outlet, version) is { } stale) return stale;
        var pending = await db.OutletMoves.AnyAsync(m => m.OutletId == id && m.Status == MoveStatus.Applied, ct);
        if (OutletMoveRules.WhyNot(outlet.Status, pending) is { } why) return Problems.Conflict(why, "不能申请迁址");

        var move = new OutletMove
        {
            Id = Guid.NewGuid(), OutletId = id, DivisionCode = outlet.DivisionCode, FromAddress = outlet.Address, FromLatitude = outlet.Latitude, FromLongitude = outlet.Longitude,
            FromPremises = outlet.Premises, Address = address, NewDivisionCode = village, Latitude = at.Latitude, Longitude = at.Longitude, Premises = premises, Reason = reason,
            Status = MoveStatus.Applied, AppliedOn = clock.BeijingToday(), AppliedBy = caller.Staff.Name,
        };
        var check = await OutletEndpoints.CheckAsync(db, outlet, siting, clock, ct, move.At);
        db.OutletMoves.Add(move);
        OutletHistory.Record(db, outlet.Id, caller, clock, "受理迁址申请",
            $"迁往{address}；" + (check.Passes ? "新址选址核查通过" : "新址选址核查未通过：" + string.Join("；", check.Breaches)));
        return TypedResults.Created($"/api/lottery/outlet-moves/{move.Id}", OutletMoveView.Of(move, outlet, check));
    }

    private static async Task<Results<Ok<OutletMoveView>, ProblemHttpResult>> ApproveAsync(Guid id, int version, LotteryDb db, ICallerContext caller, IDivisionNames divisions,
        SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await LoadAsync(db, caller, id, ct) is not { } move) return NotFound();
        if (db.ExpectVersion(move, version) is { } stale) return stale;
        if (move.Status != MoveStatus.Applied) return Problems.Conflict("只有申请中的迁址可以批准。", "当前状态不能批准");
        var outlet = await db.Outlets.FirstAsync(o => o.Id == move.OutletId, ct);
        if (outlet.Status != OutletStatus.Open) return Problems.Conflict("网点已不在营业，不能迁址。", "网点未营业");
        var check = await OutletEndpoints.CheckAsync(db, outlet, siting, clock, ct, move.At);
        if (!check.Passes) return Problems.Conflict("新址选址不符合规定：" + string.Join("；", check.Breaches) + "。", "选址核查未通过");

        var today = clock.BeijingToday();
        // The place it leaves, as it is now (only a move changes it, and one is undecided at a time).
        (move.FromAddress, move.DivisionCode, move.FromLatitude, move.FromLongitude, move.FromPremises) = (outlet.Address, outlet.DivisionCode, outlet.Latitude, outlet.Longitude, outlet.Premises);
        (outlet.Address, outlet.DivisionCode, outlet.Latitude, outlet.Longitude, outlet.Premises) = (move.Address, move.NewDivisionCode, move.Latitude, move.Longitude, move.Premises);
        // Changed under the version it was read at: a concurrent change of the outlet makes this a 409.
        outlet.Version++;
        (move.Status, move.DecidedOn, move.DecidedBy) = (MoveStatus.Approved, today, caller.Staff.Name);
        await FollowAsync(db, outlet, ct);
        OutletHistory.Record(db, outlet.Id, caller, clock, "迁址", OutletMoveRules.Change(move, code => divisions.NameOf(code) ?? code));
        return TypedResults.Ok(OutletMoveView.Of(move, outlet, check));
    }

    private static async Task<Results<Ok<OutletMoveView>, ProblemHttpResult, ValidationProblem>> RefuseAsync(Guid id, int version, ReasonRequest? request, LotteryDb db,
        ICallerContext caller, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "不予迁址原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } move) return NotFound();
        if (db.ExpectVersion(move, version) is { } stale) return stale;
        if (move.Status != MoveStatus.Applied) return Problems.Conflict("只有申请中的迁址可以不予迁址。", "当前状态不能不予迁址");
        Refuse(db, move, reason, caller, clock);
        return TypedResults.Ok(await ViewAsync(db, move, siting, clock, ct));
    }

    // The move with its outlet and the check at the new point as it stands today.
    private static async Task<OutletMoveView> ViewAsync(LotteryDb db, OutletMove move, SitingOptions siting, TimeProvider clock, CancellationToken ct)
    {
        var outlet = await db.Outlets.AsNoTracking().FirstAsync(o => o.Id == move.OutletId, ct);
        return OutletMoveView.Of(move, outlet, await OutletEndpoints.CheckAsync(db, outlet, siting, clock, ct, move.At));
    }

    /// <summary>Refuses an undecided move today, with the outlet's history step: the district's refusal, or the outlet's closure.</summary>
    internal static void Refuse(LotteryDb db, OutletMove move, string reason, ICallerContext caller, TimeProvider clock)
    {
        (move.Status, move.DecidedOn, move.DecidedBy, move.RefusalReason) = (MoveStatus.Refused, clock.BeijingToday(), caller.Staff.Name, reason);
        OutletHistory.Record(db, move.OutletId, caller, clock, "不予迁址", $"{move.Address}：{reason}");
    }

    // What stands at the outlet goes with it, so that it stays in the scope of the outlet's town: the binding contract and
    // the terminals there now. Past inspections and penalties stay where they happened.
    private static async Task FollowAsync(LotteryDb db, Outlet outlet, CancellationToken ct)
    {
        foreach (var contract in await db.Contracts.Where(c => c.OutletId == outlet.Id && c.Status == ContractStatus.Active).ToListAsync(ct))
        {
            contract.DivisionCode = outlet.DivisionCode;
            contract.Version++;
        }
        foreach (var terminal in await db.Terminals.Where(t => t.OutletId == outlet.Id).ToListAsync(ct))
        {
            terminal.DivisionCode = outlet.DivisionCode;
            terminal.Version++;
        }
    }

    private static Task<OutletMove?> LoadAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.OutletMoves.WithinScope(caller).FirstOrDefaultAsync(m => m.Id == id, ct);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "销售网点的迁址由区民政局决定。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份迁址申请，或它不在您的辖区内。");
}
