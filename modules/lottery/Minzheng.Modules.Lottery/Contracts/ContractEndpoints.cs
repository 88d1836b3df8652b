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

namespace Minzheng.Modules.Lottery.Contracts;

/// <summary>
/// 代销合同, under <c>/api/lottery/</c>: signed for an open outlet (one binding contract each), renewed (a new term, the
/// earlier kept), terminated with a reason; those expiring listed. Decided by the district, read in the caller's scope.
/// </summary>
public sealed class ContractEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/contracts", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListContracts").WithSummary("Agency contracts in the caller's scope (outletId: one outlet's; expiring: true for those ending within the configured days), by end date; paged.");
        app.MapGet("/contracts/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetContract").WithSummary("One agency contract with every term.");
        app.MapPost("/outlets/{id:guid}/contracts", SignAsync).RequirePermission(LotteryPermissions.Contracts)
            .WithName("LotterySignContract").WithSummary("签订 the agency contract of an open outlet: number (unique in the district), signing date, term.");
        app.MapPost("/contracts/{id:guid}/renew/{version:int}", RenewAsync).RequirePermission(LotteryPermissions.Contracts)
            .WithName("LotteryRenewContract").WithSummary("续签: a new term from the day after the current one ends; the earlier terms are kept.");
        app.MapPost("/contracts/{id:guid}/terminate/{version:int}", TerminateAsync).RequirePermission(LotteryPermissions.Contracts)
            .WithName("LotteryTerminateContract").WithSummary("终止 a binding contract with a reason (e.g. ordered by a penalty); it cannot be undone.");
    }

    private static async Task<Ok<Paged<ContractView>>> ListAsync(Guid? outletId, bool? expiring, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller,
        ContractOptions options, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var query = db.Contracts.AsNoTracking().WithinScope(caller).Include(c => c.Terms).AsQueryable();
        if (outletId is { } outlet) query = query.Where(c => c.OutletId == outlet);
        if (expiring == true)
        {
            var limit = today.AddDays(options.ExpiringWithinDays);
            query = query.Where(c => c.Status == ContractStatus.Active && c.EndsOn <= limit);
        }
        var page = await query.OrderBy(c => c.EndsOn).ThenBy(c => c.Id)
            .Join(db.Outlets, c => c.OutletId, o => o.Id, (c, o) => new { Contract = c, o.Name }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => ContractView.Of(x.Contract, x.Name, today, options)));
    }

    private static async Task<Results<Ok<ContractView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, ContractOptions options,
        TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } contract) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, contract, options, clock, ct));
    }

    private static async Task<Results<Created<ContractView>, ProblemHttpResult, ValidationProblem>> SignAsync(Guid id, NewContract request, LotteryDb db,
        ICallerContext caller, ContractOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var number = errors.Text("number", request.Number, "合同编号", 40);
        var today = clock.BeijingToday();
        if (request.SignedOn is not { } signedOn) errors.Add("signedOn", "请填写签订日期");
        else if (signedOn > today) errors.Add("signedOn", "签订日期不能晚于今天");
        if (request.StartsOn is null) errors.Add("startsOn", "请填写合同起始日期");
        if (request.EndsOn is null) errors.Add("endsOn", "请填写合同终止日期");
        else if (request.StartsOn is { } s && ContractRules.TermProblem(s, request.EndsOn.Value) is { } term) errors.Add("endsOn", term);
        // The whole district's numbers, whatever the caller's scope: the number names one contract.
        if (number.Length > 0 && await db.Contracts.AnyAsync(c => c.Number == number, ct)) errors.Add("number", "该合同编号已被使用");
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Outlets.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } outlet) return Problems.NotFound("没有这个销售网点，或它不在您的辖区内。");
        if (outlet.Status != OutletStatus.Open) return Problems.Conflict("只有营业中的网点可以签订代销合同。", "网点未营业");
        if (await db.Contracts.AnyAsync(c => c.OutletId == id && c.Status == ContractStatus.Active, ct))
        {
            return Problems.Conflict("该网点已有有效的代销合同，请续签或先终止。", "已有有效合同");
        }
        var contract = new AgencyContract
        {
            Id = Guid.NewGuid(), OutletId = id, DivisionCode = outlet.DivisionCode, Number = number, SignedOn = request.SignedOn!.Value, StartsOn = request.StartsOn!.Value,
            EndsOn = request.EndsOn!.Value, Status = ContractStatus.Active,
        };
        contract.Terms.Add(new ContractTerm { Id = Guid.NewGuid(), ContractId = contract.Id, Sequence = 1, SignedOn = contract.SignedOn, StartsOn = contract.StartsOn, EndsOn = contract.EndsOn });
        db.Contracts.Add(contract);
        OutletHistory.Record(db, outlet.Id, caller, clock, "签订代销合同", $"{number}，{contract.StartsOn:yyyy-MM-dd}至{contract.EndsOn:yyyy-MM-dd}");
        return TypedResults.Created($"/api/lottery/contracts/{contract.Id}", ContractView.Of(contract, outlet.Name, today, options));
    }

    private static async Task<Results<Ok<ContractView>, ProblemHttpResult, ValidationProblem>> RenewAsync(Guid id, int version, RenewContract request, LotteryDb db,
        ICallerContext caller, ContractOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var today = clock.BeijingToday();
        if (request.SignedOn is not { } signedOn) errors.Add("signedOn", "请填写续签日期");
        else if (signedOn > today) errors.Add("signedOn", "续签日期不能晚于今天");
        if (request.EndsOn is null) errors.Add("endsOn", "请填写续签后的终止日期");
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } contract) return NotFound();
        if (db.ExpectVersion(contract, version) is { } stale) return stale;
        if (contract.Status != ContractStatus.Active) return Problems.Conflict("已终止的合同不能续签。", "合同已终止");
        var startsOn = contract.EndsOn.AddDays(1);
        if (ContractRules.TermProblem(startsOn, request.EndsOn!.Value) is { } term) return Problems.Validation("endsOn", $"{term}（续签期限自{startsOn:yyyy-MM-dd}起）");
        var sequence = contract.Terms.Max(t => t.Sequence) + 1;
        // Added to the set: EF takes a term with its key set, reached only through a tracked contract's navigation, for an existing row.
        var renewal = new ContractTerm { Id = Guid.NewGuid(), ContractId = contract.Id, Sequence = sequence, SignedOn = request.SignedOn!.Value, StartsOn = startsOn, EndsOn = request.EndsOn.Value };
        db.ContractTerms.Add(renewal);
        contract.StartsOn = startsOn;
        contract.EndsOn = request.EndsOn.Value;
        OutletHistory.Record(db, contract.OutletId, caller, clock, "续签代销合同", $"{contract.Number}，{startsOn:yyyy-MM-dd}至{contract.EndsOn:yyyy-MM-dd}");
        return TypedResults.Ok(await ViewAsync(db, contract, options, clock, ct));
    }

    private static async Task<Results<Ok<ContractView>, ProblemHttpResult, ValidationProblem>> TerminateAsync(Guid id, int version, TerminateContract? request, LotteryDb db,
        ICallerContext caller, ContractOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "终止原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } contract) return NotFound();
        if (db.ExpectVersion(contract, version) is { } stale) return stale;
        if (contract.Status != ContractStatus.Active) return Problems.Conflict("该合同已终止。", "合同已终止");
        Terminate(db, contract, reason, caller, clock);
        return TypedResults.Ok(await ViewAsync(db, contract, options, clock, ct));
    }

    /// <summary>Ends a binding contract today, with its history step: also a penalty's order and an outlet's closure.</summary>
    internal static void Terminate(LotteryDb db, AgencyContract contract, string reason, ICallerContext caller, TimeProvider clock)
    {
        contract.Status = ContractStatus.Terminated;
        contract.TerminatedOn = clock.BeijingToday();
        contract.TerminationReason = reason;
        OutletHistory.Record(db, contract.OutletId, caller, clock, "终止代销合同", $"{contract.Number}：{reason}");
    }

    private static async Task<ContractView> ViewAsync(LotteryDb db, AgencyContract contract, ContractOptions options, TimeProvider clock, CancellationToken ct)
    {
        var name = await db.Outlets.Where(o => o.Id == contract.OutletId).Select(o => o.Name).FirstAsync(ct);
        return ContractView.Of(contract, name, clock.BeijingToday(), options);
    }

    private static Task<AgencyContract?> LoadAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Contracts.WithinScope(caller).Include(c => c.Terms).FirstOrDefaultAsync(c => c.Id == id, ct);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "代销合同由区民政局登记管理。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份代销合同，或它不在您的辖区内。");
}
