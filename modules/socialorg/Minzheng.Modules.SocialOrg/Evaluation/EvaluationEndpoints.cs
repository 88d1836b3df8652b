using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>
/// 等级评估, under <c>/api/socialorg/</c>: rounds opened by the district, the round's eligibility list computed from the
/// module's own data, applications, the score sheet, publicity, appeal and the grade conferred (socialorg.graded).
/// Every decision is the district's (the registration authority's 评估委员会).
/// </summary>
public sealed class EvaluationEndpoints : ICarterModule
{
    private static readonly string[] Header = ["社会组织", "统一社会信用代码", "评估年度", "状态", "总分", "评估等级", "公示截止", "授予日期", "有效期至", "等级有效"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/evaluation-rounds", RoundsAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListEvaluationRounds").WithSummary("The evaluation rounds, newest first.");
        app.MapPost("/evaluation-rounds", OpenAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgOpenEvaluationRound").WithSummary("开启评估: opens the round of a year (one a year); district staff only.");
        app.MapGet("/evaluation-eligibility", EligibilityAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgEvaluationEligibility")
            .WithSummary("Every registered organisation in scope with whether it may apply in the round of a year (default: the newest) and, if not, the cause; searched by name or code and eligible; paged.");
        app.MapPost("/evaluation-rounds/{id:guid}/organisations/{organisationId:guid}/apply", ApplyAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgApplyForEvaluation").WithSummary("Records an eligible organisation's application (申报); an ineligible one is refused with its cause.");
        app.MapGet("/evaluations", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListEvaluations").WithSummary("Evaluations in scope, searched by year, status and name or code; paged.");
        app.MapGet("/evaluations.xlsx", ExportAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgExportEvaluations").WithSummary("The evaluation results with the same search, every row, as an XLSX workbook.");
        app.MapGet("/evaluations/{id:guid}", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetEvaluation").WithSummary("One evaluation with its score sheet, publicity, appeal and grade.");
        app.MapPost("/evaluations/{id:guid}/score/{version:int}", ScoreAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgScoreEvaluation").WithSummary("评分: the points of each configured item (none over its maximum), on the version shown; the total gives the grade.");
        app.MapPost("/evaluations/{id:guid}/publish/{version:int}", PublishAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgPublishEvaluation").WithSummary("公示 of a scored evaluation for the configured days, on the version shown.");
        app.MapPost("/evaluations/{id:guid}/appeal/{version:int}", AppealAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgAppealEvaluation").WithSummary("复核申请 received within the publicity (refused after its last day), on the version shown.");
        app.MapPost("/evaluations/{id:guid}/decide-appeal/{version:int}", DecideAppealAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgDecideEvaluationAppeal").WithSummary("复核决定: upheld (back to scoring) or dismissed with reasons (the publicity goes on), on the version shown.");
        app.MapPost("/evaluations/{id:guid}/confer/{version:int}", ConferAsync).RequirePermission(SocialOrgPermissions.Evaluate)
            .WithName("SocialOrgConferGrade").WithSummary("授予等级 after the publicity without an open appeal, valid the configured years; publishes socialorg.graded.");
    }

    private static async Task<Ok<List<RoundView>>> RoundsAsync(SocialOrgDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.EvaluationRounds.AsNoTracking().OrderByDescending(r => r.Year)
            .Select(r => new RoundView(r.Id, r.Year, r.OpenedOn, r.OpenedBy, r.Version)).ToListAsync(cancellationToken));

    private static async Task<Results<Created<RoundView>, ProblemHttpResult, ValidationProblem>> OpenAsync(OpenRoundRequest request, SocialOrgDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var today = clock.BeijingToday();
        var year = request.Year ?? today.Year;
        if (year < today.Year - 1 || year > today.Year + 1) return Problems.Validation("year", $"评估年度应在{today.Year - 1}至{today.Year + 1}年之间");
        if (await db.EvaluationRounds.AnyAsync(r => r.Year == year, cancellationToken)) return Problems.Conflict($"{year}年度的评估已开启。", "已开启");
        var round = new EvaluationRound { Id = Guid.NewGuid(), Year = year, OpenedOn = today, OpenedBy = caller.Staff.Name };
        db.EvaluationRounds.Add(round);
        return TypedResults.Created($"/api/socialorg/evaluation-rounds/{round.Id}", new RoundView(round.Id, year, today, round.OpenedBy, round.Version));
    }

    private static async Task<Results<Ok<Paged<EligibilityRow>>, ProblemHttpResult>> EligibilityAsync(int? year, string? q, bool? eligible,
        [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller, EvaluationEligibility eligibility, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var rounds = db.EvaluationRounds.AsNoTracking().Where(r => year == null || r.Year == year);
        if (await rounds.OrderByDescending(r => r.Year).FirstOrDefaultAsync(cancellationToken) is not { } round) return RoundNotFound();
        var id = round.Id;
        var query = db.Organisations.AsNoTracking().WithinScope(caller).Where(o => o.Status == OrganisationStatus.Registered);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(o => o.Name.Contains(text) || o.CreditCode == text.ToUpperInvariant());
        }
        // The rules need every organisation's facts before the eligible filter can page: a district's register is hundreds.
        var organisations = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var today = clock.BeijingToday();
        var facts = await eligibility.FactsAsync(organisations, round.Year, today, cancellationToken);
        var applied = await db.Evaluations.AsNoTracking().Where(e => e.RoundId == id).Select(e => e.OrganisationId).ToListAsync(cancellationToken);
        var rows = organisations.Select(o =>
        {
            var reason = EvaluationRules.Ineligibility(facts[o.Id], round.Year, today);
            return new EligibilityRow(round.Id, round.Year, o.Id, o.Name, o.CreditCode, OrganisationRules.TypeCode(o.Type), o.DivisionCode, o.RegisteredOn, reason is null, reason,
                applied.Contains(o.Id));
        }).Where(r => eligible is null || r.Eligible == eligible).ToList();
        return TypedResults.Ok(rows.ToPage(paging));
    }

    private static async Task<Results<Created<EvaluationView>, ProblemHttpResult>> ApplyAsync(Guid id, Guid organisationId, SocialOrgDb db,
        ICallerContext caller, EvaluationEligibility eligibility, EvaluationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await db.EvaluationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } round) return RoundNotFound();
        if (await db.Organisations.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken) is not { } organisation)
        {
            return Problems.NotFound("没有这个社会组织，或它不在您的辖区内。");
        }
        if (await db.Evaluations.AnyAsync(e => e.RoundId == id && e.OrganisationId == organisationId, cancellationToken))
        {
            return Problems.Conflict($"该社会组织已申报{round.Year}年度评估。", "已申报");
        }
        var today = clock.BeijingToday();
        var facts = await eligibility.FactsAsync([organisation], round.Year, today, cancellationToken);
        if (EvaluationRules.Ineligibility(facts[organisation.Id], round.Year, today) is { } reason)
        {
            return Problems.Conflict($"该社会组织不能参加{round.Year}年度评估：{reason}。", "不符合评估条件");
        }
        var evaluation = new OrganisationEvaluation
        {
            Id = Guid.NewGuid(), RoundId = id, Year = round.Year, OrganisationId = organisationId, DivisionCode = organisation.DivisionCode, AppliedOn = today,
            Status = EvaluationStatus.Applied,
        };
        db.Evaluations.Add(evaluation);
        OrganisationHistory.Record(db, organisation, caller, clock, $"申报{round.Year}年度等级评估", null);
        return TypedResults.Created($"/api/socialorg/evaluations/{evaluation.Id}", View(evaluation, organisation, options, today, null));
    }

    private static IQueryable<EvaluationListed> Search(SocialOrgDb db, ICallerContext caller, int? year, string? status, string? q)
    {
        var query = db.Evaluations.AsNoTracking().WithinScope(caller);
        if (year is { } y) query = query.Where(e => e.Year == y);
        if (Enum.GetValues<EvaluationStatus>().FirstOrDefault(s => EvaluationRules.StatusCode(s) == status) is var s and not 0) query = query.Where(e => e.Status == s);
        var joined = query.Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new EvaluationListed { Evaluation = e, Organisation = o });
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            joined = joined.Where(x => x.Organisation.Name.Contains(text) || x.Organisation.CreditCode == text.ToUpperInvariant());
        }
        return joined.OrderByDescending(x => x.Evaluation.Year).ThenBy(x => x.Organisation.Name).ThenBy(x => x.Evaluation.Id);
    }

    private static async Task<Ok<Paged<EvaluationRow>>> ListAsync(int? year, string? status, string? q, [AsParameters] PageQuery paging, SocialOrgDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var page = await Search(db, caller, year, status, q).ToPageAsync(paging, cancellationToken);
        var serious = await SeriousSinceAsync(db, page.Items.Select(x => x.Organisation.Id).ToList(), cancellationToken);
        var today = clock.BeijingToday();
        return TypedResults.Ok(page.Map(x => Row(x, serious, today)));
    }

    private static async Task<FileContentHttpResult> ExportAsync(int? year, string? status, string? q, SocialOrgDb db, ICallerContext caller, ITableFiles tables,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var all = await Search(db, caller, year, status, q).ToListAsync(cancellationToken);
        var serious = await SeriousSinceAsync(db, all.Select(x => x.Organisation.Id).ToList(), cancellationToken);
        var today = clock.BeijingToday();
        var cells = all.Select(x => Row(x, serious, today)).Select(r => (IReadOnlyList<object?>)
        [
            r.OrganisationName, r.CreditCode, r.Year, EvaluationRules.StatusLabel(Enum.GetValues<EvaluationStatus>().First(s => EvaluationRules.StatusCode(s) == r.Status)),
            r.Total, r.Grade, Day(r.PublicityEndsOn), Day(r.ConferredOn), Day(r.ValidUntil), r.Status == "conferred" ? r.Holds ? "是" : "否" : null,
        ]);
        return TypedResults.File(tables.WriteXlsx("评估结果", Header, cells), TableMediaTypes.Xlsx, "社会组织等级评估结果.xlsx");
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, EvaluationOptions options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Evaluations.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } evaluation) return NotFound();
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == evaluation.OrganisationId, cancellationToken);
        var serious = await SeriousSinceAsync(db, [organisation.Id], cancellationToken);
        return TypedResults.Ok(View(evaluation, organisation, options, clock.BeijingToday(), serious.GetValueOrDefault(organisation.Id)));
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> ScoreAsync(Guid id, int version,
        [FromBody] Dictionary<string, int?>? scores, SocialOrgDb db, ICallerContext caller, EvaluationOptions options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var points = EvaluationRules.CheckScores(errors, scores, options);
        if (errors.HasErrors) return errors.ToProblem();
        return await ChangeAsync(id, version, db, caller, options, clock, [EvaluationStatus.Applied, EvaluationStatus.Scored], "该评估已公示或已授予等级，不能再评分。",
            (evaluation, _) =>
            {
                evaluation.Scores = EvaluationRules.Serialise(points);
                evaluation.Total = points.Values.Sum();
                evaluation.Grade = EvaluationRules.GradeOf(evaluation.Total.Value, options);
                evaluation.Status = EvaluationStatus.Scored;
                return ($"等级评估评分：{evaluation.Total}分（{EvaluationRules.GradeLabel(evaluation.Grade)}）", null);
            }, cancellationToken);
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> PublishAsync(Guid id, int version, SocialOrgDb db,
        ICallerContext caller, EvaluationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        return await ChangeAsync(id, version, db, caller, options, clock, [EvaluationStatus.Scored], "只有已评分的评估可以公示。", (evaluation, today) =>
        {
            evaluation.PublicisedOn = today;
            evaluation.PublicityEndsOn = EvaluationRules.PublicityEnd(today, options);
            evaluation.Status = EvaluationStatus.Publicised;
            return ("等级评估结果公示", $"公示至{evaluation.PublicityEndsOn:yyyy-MM-dd}");
        }, cancellationToken);
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> AppealAsync(Guid id, int version, AppealRequest request,
        SocialOrgDb db, ICallerContext caller, EvaluationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var appeal = errors.Text("appeal", request.Appeal, "复核申请的理由", EvaluationRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        return await ChangeAsync(id, version, db, caller, options, clock, [EvaluationStatus.Publicised], "只有公示中的评估可以申请复核。", (evaluation, today) =>
        {
            if (today > evaluation.PublicityEndsOn) return (null, $"公示已于{evaluation.PublicityEndsOn:yyyy-MM-dd}结束，不再受理复核申请。");
            evaluation.Appeal = appeal;
            evaluation.AppealedOn = today;
            evaluation.Status = EvaluationStatus.Appealed;
            return ("收到等级评估复核申请", appeal);
        }, cancellationToken);
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> DecideAppealAsync(Guid id, int version,
        AppealDecisionRequest request, SocialOrgDb db, ICallerContext caller, EvaluationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        if (request.Upheld is null) errors.Add("upheld", "请选择复核结果：维持原评估结果或重新评分");
        var reason = errors.Text("reason", request.Reason, "复核决定的理由", EvaluationRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        return await ChangeAsync(id, version, db, caller, options, clock, [EvaluationStatus.Appealed], "该评估没有待决定的复核申请。", (evaluation, _) =>
        {
            evaluation.AppealUpheld = request.Upheld;
            evaluation.AppealDecision = reason;
            // Upheld: scored again and published again; dismissed: the publicity goes on to its end.
            evaluation.Status = request.Upheld == true ? EvaluationStatus.Scored : EvaluationStatus.Publicised;
            return (request.Upheld == true ? "复核申请成立，重新评分" : "复核申请不成立，维持评估结果", reason);
        }, cancellationToken);
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> ConferAsync(Guid id, int version, SocialOrgDb db,
        ICallerContext caller, EvaluationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        return await ChangeAsync(id, version, db, caller, options, clock, [EvaluationStatus.Publicised], "只有公示期满、没有待决复核申请的评估可以授予等级。",
            (evaluation, today) =>
            {
                if (today <= evaluation.PublicityEndsOn) return (null, $"公示至{evaluation.PublicityEndsOn:yyyy-MM-dd}，期满后方可授予等级。");
                evaluation.ConferredOn = today;
                evaluation.Status = EvaluationStatus.Conferred;
                if (evaluation.Grade is null) return ("等级评估结果：未达等级", null);
                evaluation.ValidUntil = EvaluationRules.ValidUntil(today, options);
                return ($"授予{EvaluationRules.GradeLabel(evaluation.Grade)}等级", $"有效期至{evaluation.ValidUntil:yyyy-MM-dd}");
            }, cancellationToken, published: (evaluation, organisation) => evaluation.Grade is { } grade
                ? new OrganisationGraded(evaluation.Id, organisation.Id, organisation.CreditCode, organisation.Name, evaluation.Year, grade, evaluation.Total!.Value,
                    evaluation.ConferredOn!.Value, evaluation.ValidUntil!.Value)
                : null);
    }

    // One path for every step: scope, version, allowed states, the step's own check, the history step.
    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult, ValidationProblem>> ChangeAsync(Guid id, int version, SocialOrgDb db,
        ICallerContext caller, EvaluationOptions options, TimeProvider clock, EvaluationStatus[] allowed, string notAllowed,
        Func<OrganisationEvaluation, DateOnly, (string? Title, string? Note)> change, CancellationToken cancellationToken,
        Func<OrganisationEvaluation, Organisation, OrganisationGraded?>? published = null)
    {
        if (await db.Evaluations.WithinScope(caller).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } evaluation) return NotFound();
        if (db.ExpectVersion(evaluation, version) is { } stale) return stale;
        if (!allowed.Contains(evaluation.Status)) return Problems.Conflict(notAllowed, $"评估{EvaluationRules.StatusLabel(evaluation.Status)}");
        var today = clock.BeijingToday();
        var (title, note) = change(evaluation, today);
        if (title is null) return Problems.Conflict(note!, "不在期限内");
        var organisation = await db.Organisations.FirstAsync(o => o.Id == evaluation.OrganisationId, cancellationToken);
        OrganisationHistory.Record(db, organisation, caller, clock, title, note);
        if (published?.Invoke(evaluation, organisation) is { } graded) db.Publish(graded);
        return TypedResults.Ok(View(evaluation, organisation, options, today, null));
    }

    private static async Task<Dictionary<Guid, DateOnly>> SeriousSinceAsync(SocialOrgDb db, List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.CreditListEntries.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.List == CreditList.Serious)
            .Select(e => new { e.OrganisationId, e.EnteredOn }).ToListAsync(cancellationToken))
        .GroupBy(e => e.OrganisationId).ToDictionary(g => g.Key, g => g.Min(e => e.EnteredOn));

    private static bool Holds(OrganisationEvaluation e, Organisation o, DateOnly today, DateOnly? serious) =>
        e.Grade is not null && EvaluationRules.Holds(e.ValidUntil, e.ConferredOn, o.Status == OrganisationStatus.Registered, serious, today);

    private static EvaluationRow Row(EvaluationListed x, Dictionary<Guid, DateOnly> serious, DateOnly today)
    {
        var (e, o) = (x.Evaluation, x.Organisation);
        return new EvaluationRow(e.Id, o.Id, o.Name, o.CreditCode, e.Year, EvaluationRules.StatusCode(e.Status), e.Total,
            e.Total is null ? null : EvaluationRules.GradeLabel(e.Grade), e.PublicityEndsOn, e.ConferredOn, e.ValidUntil,
            Holds(e, o, today, serious.TryGetValue(o.Id, out var d) ? d : null), e.Version);
    }

    private static EvaluationView View(OrganisationEvaluation e, Organisation o, EvaluationOptions options, DateOnly today, DateOnly? serious)
    {
        var scores = EvaluationRules.Deserialise(e.Scores);
        return new EvaluationView(e.Id, e.RoundId, o.Id, o.Name, o.CreditCode, e.DivisionCode, e.Year, e.AppliedOn, EvaluationRules.StatusCode(e.Status),
            [.. options.Items.Select(i => new ScoreLine(i.Key, i.Name, i.Max, scores.TryGetValue(i.Key, out var p) ? p : null))], e.Total,
            e.Total is null ? null : EvaluationRules.GradeLabel(e.Grade), e.PublicisedOn, e.PublicityEndsOn, e.Appeal, e.AppealedOn, e.AppealUpheld,
            e.AppealDecision, e.ConferredOn, e.ValidUntil, Holds(e, o, today, serious), e.Version, e.ExpiredOn);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "等级评估由区民政局（登记管理机关）组织。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这项评估，或它不在您的辖区内。");

    private static ProblemHttpResult RoundNotFound() => Problems.NotFound("没有这个评估年度（请先开启评估）。");

    private sealed class EvaluationListed
    {
        public required OrganisationEvaluation Evaluation { get; init; }

        public required Organisation Organisation { get; init; }
    }
}
