using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>
/// 处罚, under <c>/api/lottery/</c>: decided by the district against the operator of an inspected outlet for the
/// inspection's findings, a fine within the configured range, its decision document; a serious case terminates the
/// agency contract. The penalties are the violations list (违规名单) the siting check reads.
/// </summary>
public sealed class PenaltyEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/penalties", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListPenalties").WithSummary("违规名单: the penalised operators in the caller's scope with the date (listed: true for those within the configured years), newest first; paged.");
        app.MapGet("/penalties/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetPenalty").WithSummary("One penalty, as its decision document prints.");
        app.MapPost("/inspections/{id:guid}/penalties", PenaliseAsync).RequirePermission(LotteryPermissions.Penalise)
            .WithName("LotteryPenalise").WithSummary("处罚 the operator for an inspection's findings: a fine in the configured range, the decision; a serious case terminates the contract.");
        app.MapPost("/penalties/{id:guid}/withdraw/{version:int}", WithdrawAsync).RequirePermission(LotteryPermissions.Penalise)
            .WithName("LotteryWithdrawPenalty").WithSummary("撤销 a penalty decision (e.g. after 行政复议) with a reason: it leaves the violations list and stays on record; once only.");
    }

    private static async Task<Ok<Paged<PenaltyView>>> ListAsync(bool? listed, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, SitingOptions siting,
        TimeProvider clock, CancellationToken ct)
    {
        var query = db.Penalties.AsNoTracking().WithinScope(caller);
        if (listed == true)
        {
            var since = clock.BeijingToday().AddYears(-siting.ViolationYears);
            query = query.Where(p => p.DecidedOn > since && p.WithdrawnOn == null);
        }
        var page = await query.OrderByDescending(p => p.DecidedOn).ThenBy(p => p.Id)
            .Join(db.Outlets, p => p.OutletId, o => o.Id, (p, o) => new { Penalty = p, o.Name }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => PenaltyView.Of(x.Penalty, x.Name)));
    }

    // The contract a serious case terminated stays terminated: a new one is signed if the outlet goes on (the
    // withdrawal is recorded on the outlet's history, where the contract's staff read it).
    private static async Task<Results<Ok<PenaltyView>, ProblemHttpResult, ValidationProblem>> WithdrawAsync(Guid id, int version, ReasonRequest? request, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (Problems.DistrictOnly(caller, "撤销处罚决定由区民政局作出。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "撤销理由", 1000);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Penalties.WithinScope(caller).FirstOrDefaultAsync(p => p.Id == id, ct) is not { } penalty) return Problems.NotFound("没有这份处罚决定，或它不在您的辖区内。");
        if (db.ExpectVersion(penalty, version) is { } stale) return stale;
        if (InspectionRules.WithdrawalProblem(penalty) is { } twice) return Problems.Conflict(twice, "处罚决定已撤销");
        penalty.WithdrawnOn = clock.BeijingToday();
        penalty.WithdrawnBy = caller.Staff.Name;
        penalty.WithdrawalReason = reason;
        OutletHistory.Record(db, penalty.OutletId, caller, clock, "撤销处罚", $"{penalty.DecisionNumber}：{reason}");
        var name = await db.Outlets.Where(o => o.Id == penalty.OutletId).Select(o => o.Name).FirstAsync(ct);
        return TypedResults.Ok(PenaltyView.Of(penalty, name));
    }

    private static async Task<Results<Ok<PenaltyView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await db.Penalties.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(p => p.Id == id, ct) is not { } penalty) return Problems.NotFound("没有这份处罚决定，或它不在您的辖区内。");
        var name = await db.Outlets.Where(o => o.Id == penalty.OutletId).Select(o => o.Name).FirstAsync(ct);
        return TypedResults.Ok(PenaltyView.Of(penalty, name));
    }

    private static async Task<Results<Created<PenaltyView>, ProblemHttpResult, ValidationProblem>> PenaliseAsync(Guid id, NewPenalty request, LotteryDb db,
        ICallerContext caller, InspectionOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (Problems.DistrictOnly(caller, "处罚由区民政局决定。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var today = clock.BeijingToday();
        long amountFen = 0;
        if (request.Amount is not { } amount) errors.Add("amount", "请填写罚款金额（元）");
        else if (decimal.Round(amount, 2) != amount) errors.Add("amount", "罚款金额最多到分");
        else if (InspectionRules.AmountProblem(amountFen = (long)(amount * 100), options) is { } range) errors.Add("amount", range);
        var number = errors.Text("decisionNumber", request.DecisionNumber, "处罚决定书文号", 100);
        if (request.DecidedOn is not { } decidedOn) errors.Add("decidedOn", "请填写决定日期");
        else if (decidedOn > today) errors.Add("decidedOn", "决定日期不能晚于今天");
        var reasons = errors.Text("reasons", request.Reasons, "处罚理由", 2000);
        if (number.Length > 0 && await db.Penalties.AnyAsync(p => p.DecisionNumber == number, ct)) errors.Add("decisionNumber", "该处罚决定书文号已被使用");
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Inspections.AsNoTracking().WithinScope(caller).Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inspection)
        {
            return Problems.NotFound("没有这次检查，或它不在您的辖区内。");
        }
        if (inspection.Findings.Count == 0) return Problems.Conflict("该次检查未发现问题，不能据此处罚。", "没有检查发现的问题");
        if (request.DecidedOn < inspection.InspectedOn) return Problems.Validation("decidedOn", $"决定日期不能早于检查日期（{inspection.InspectedOn:yyyy-MM-dd}）");
        var outlet = await db.Outlets.AsNoTracking().FirstAsync(o => o.Id == inspection.OutletId, ct);
        AgencyContract? contract = null;
        if (request.TerminateContract == true
            && (contract = await db.Contracts.FirstOrDefaultAsync(c => c.OutletId == outlet.Id && c.Status == ContractStatus.Active, ct)) is null)
        {
            return Problems.Conflict("该网点没有有效的代销合同可以终止。", "没有有效合同");
        }
        var penalty = new Penalty
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, InspectionId = id, DivisionCode = outlet.DivisionCode, OperatorName = outlet.OperatorName,
            OperatorIdentifier = outlet.OperatorIdentifier, OperatorIsOrganisation = outlet.OperatorIsOrganisation, AmountFen = amountFen, DecisionNumber = number,
            DecidedOn = request.DecidedOn!.Value, Reasons = reasons, DecidedBy = caller.Staff.Name,
        };
        db.Penalties.Add(penalty);
        OutletHistory.Record(db, outlet.Id, caller, clock, "处罚", $"{number}，罚款{amountFen / 100m:N2}元：{reasons}");
        if (contract is not null)
        {
            ContractEndpoints.Terminate(db, contract, $"处罚决定{number}责令终止", caller, clock);
            // Changed without its own version route: the contract's page must see it changed.
            contract.Version++;
            penalty.ContractTerminated = true;
        }
        return TypedResults.Created($"/api/lottery/penalties/{penalty.Id}", PenaltyView.Of(penalty, outlet.Name));
    }
}
