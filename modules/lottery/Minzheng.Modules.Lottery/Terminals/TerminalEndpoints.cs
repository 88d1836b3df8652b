using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Terminals;

/// <summary>
/// 销售终端, under <c>/api/lottery/terminals</c>: installed at an open outlet within the configured number per outlet kind,
/// moved to another open outlet, withdrawn; every placement kept. The sales centre's equipment, recorded by the district.
/// </summary>
public sealed class TerminalEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/terminals", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListTerminals").WithSummary("Terminals in the caller's scope (outletId: those at one outlet; status: installed|withdrawn); paged.");
        app.MapGet("/terminals/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetTerminal").WithSummary("One terminal with every outlet it stood at.");
        app.MapPost("/outlets/{id:guid}/terminals", InstallAsync).RequirePermission(LotteryPermissions.Terminals)
            .WithName("LotteryInstallTerminal").WithSummary("安装 a terminal (serial unique in the district) at an open outlet, within the number its kind may have.");
        app.MapPost("/terminals/{id:guid}/move/{version:int}", MoveAsync).RequirePermission(LotteryPermissions.Terminals)
            .WithName("LotteryMoveTerminal").WithSummary("迁移 an installed terminal to another open outlet, within its limit; the earlier placement kept.");
        app.MapPost("/terminals/{id:guid}/withdraw/{version:int}", WithdrawAsync).RequirePermission(LotteryPermissions.Terminals)
            .WithName("LotteryWithdrawTerminal").WithSummary("撤机: the terminal leaves its outlet with a reason; it cannot be undone.");
    }

    private static async Task<Ok<Paged<TerminalView>>> ListAsync(Guid? outletId, string? status, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.Terminals.AsNoTracking().WithinScope(caller).Include(t => t.Placements).AsQueryable();
        if (outletId is { } outlet) query = query.Where(t => t.OutletId == outlet);
        if (status == "installed") query = query.Where(t => t.OutletId != null);
        else if (status == "withdrawn") query = query.Where(t => t.OutletId == null);
        var page = await query.OrderBy(t => t.SerialNumber).ThenBy(t => t.Id).ToPageAsync(paging, ct);
        var names = await NamesAsync(db, page.Items.SelectMany(t => t.Placements.Select(p => p.OutletId)), ct);
        return TypedResults.Ok(page.Map(t => TerminalView.Of(t, names)));
    }

    private static async Task<Results<Ok<TerminalView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } terminal) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, terminal, ct));
    }

    private static async Task<Results<Created<TerminalView>, ProblemHttpResult, ValidationProblem>> InstallAsync(Guid id, NewTerminal request, LotteryDb db, ICallerContext caller,
        TerminalOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var serial = errors.Text("serialNumber", request.SerialNumber, "终端序列号", 40);
        // Every terminal of the district, whatever the caller's scope: the serial names one device of the sales centre.
        if (serial.Length > 0 && await db.Terminals.AnyAsync(t => t.SerialNumber == serial, ct)) errors.Add("serialNumber", "该序列号的终端已登记");
        if (errors.HasErrors) return errors.ToProblem();
        if (await PlaceableAsync(db, caller, id, options, ct) is { } refused) return refused;
        var outlet = await db.Outlets.FirstAsync(o => o.Id == id, ct);
        var terminal = new Terminal { Id = Guid.NewGuid(), SerialNumber = serial, OutletId = outlet.Id, DivisionCode = outlet.DivisionCode };
        terminal.Placements.Add(new TerminalPlacement { Id = Guid.NewGuid(), TerminalId = terminal.Id, OutletId = outlet.Id, InstalledOn = clock.BeijingToday() });
        db.Terminals.Add(terminal);
        OutletHistory.Record(db, outlet.Id, caller, clock, "安装销售终端", serial);
        return TypedResults.Created($"/api/lottery/terminals/{terminal.Id}", TerminalView.Of(terminal, new Dictionary<Guid, string> { [outlet.Id] = outlet.Name }));
    }

    private static async Task<Results<Ok<TerminalView>, ProblemHttpResult, ValidationProblem>> MoveAsync(Guid id, int version, MoveTerminal request, LotteryDb db,
        ICallerContext caller, TerminalOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var station = errors.Text("stationNumber", request.StationNumber, "迁入网点编号", 20, required: false);
        if (request.OutletId is null && station.Length == 0) errors.Add("stationNumber", "请填写迁入网点的网点编号");
        var reason = errors.Text("reason", request.Reason, "迁移原因", 200);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } terminal) return NotFound();
        if (db.ExpectVersion(terminal, version) is { } stale) return stale;
        if (terminal.OutletId is not { } from) return Problems.Conflict("已撤机的终端不能迁移。", "终端已撤机");
        var toId = request.OutletId ?? await db.Outlets.WithinScope(caller).Where(o => o.StationNumber == station).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (toId is null) return Problems.Validation("stationNumber", "辖区内没有该网点编号的网点");
        if (from == toId) return Problems.Validation(request.OutletId is null ? "stationNumber" : "outletId", "终端已在该网点");
        if (await PlaceableAsync(db, caller, toId.Value, options, ct) is { } refused) return refused;
        var to = await db.Outlets.FirstAsync(o => o.Id == toId, ct);
        var today = clock.BeijingToday();
        Leave(db, terminal, today, $"迁移至{to.Name}：{reason}", caller, clock);
        // Added to the set: EF takes a placement with its key set, reached only through a tracked terminal's navigation, for an existing row.
        var placement = new TerminalPlacement { Id = Guid.NewGuid(), TerminalId = terminal.Id, OutletId = to.Id, InstalledOn = today };
        db.TerminalPlacements.Add(placement);
        terminal.OutletId = to.Id;
        terminal.DivisionCode = to.DivisionCode;
        OutletHistory.Record(db, to.Id, caller, clock, "迁入销售终端", $"{terminal.SerialNumber}：{reason}");
        return TypedResults.Ok(await ViewAsync(db, terminal, ct));
    }

    private static async Task<Results<Ok<TerminalView>, ProblemHttpResult, ValidationProblem>> WithdrawAsync(Guid id, int version, WithdrawTerminal? request, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "撤机原因", 200);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } terminal) return NotFound();
        if (db.ExpectVersion(terminal, version) is { } stale) return stale;
        if (terminal.OutletId is null) return Problems.Conflict("该终端已撤机。", "终端已撤机");
        Withdraw(db, terminal, reason, caller, clock);
        return TypedResults.Ok(await ViewAsync(db, terminal, ct));
    }

    /// <summary>Withdraws an installed terminal today (also an outlet's closure: see <see cref="OutletEndpoints"/>).</summary>
    internal static void Withdraw(LotteryDb db, Terminal terminal, string reason, ICallerContext caller, TimeProvider clock)
    {
        Leave(db, terminal, clock.BeijingToday(), $"撤机：{reason}", caller, clock);
        terminal.OutletId = null;
        terminal.WithdrawnOn = clock.BeijingToday();
    }

    private static void Leave(LotteryDb db, Terminal terminal, DateOnly today, string reason, ICallerContext caller, TimeProvider clock)
    {
        var current = terminal.Placements.Single(p => p.RemovedOn is null);
        current.RemovedOn = today;
        current.RemovalReason = reason;
        OutletHistory.Record(db, current.OutletId, caller, clock, "移出销售终端", $"{terminal.SerialNumber}，{reason}");
    }

    // The outlet in the caller's scope, open, and below its kind's limit; the count is of the whole outlet, whoever installed them.
    private static async Task<ProblemHttpResult?> PlaceableAsync(LotteryDb db, ICallerContext caller, Guid outletId, TerminalOptions options, CancellationToken ct)
    {
        if (await db.Outlets.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(o => o.Id == outletId, ct) is not { } outlet)
        {
            return Problems.NotFound("没有这个销售网点，或它不在您的辖区内。");
        }
        var installed = await db.Terminals.CountAsync(t => t.OutletId == outletId, ct);
        return TerminalRules.PlacementProblem(outlet.Kind, outlet.Status, installed, options) is { } problem ? Problems.Conflict(problem + "。", "不能安装终端") : null;
    }

    private static async Task<TerminalView> ViewAsync(LotteryDb db, Terminal terminal, CancellationToken ct) =>
        TerminalView.Of(terminal, await NamesAsync(db, terminal.Placements.Select(p => p.OutletId), ct));

    private static async Task<Dictionary<Guid, string>> NamesAsync(LotteryDb db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Outlets.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private static Task<Terminal?> LoadAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Terminals.WithinScope(caller).Include(t => t.Placements).FirstOrDefaultAsync(t => t.Id == id, ct);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "销售终端的安装、迁移和撤机由区民政局登记。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这台销售终端，或它不在您的辖区内。");
}
