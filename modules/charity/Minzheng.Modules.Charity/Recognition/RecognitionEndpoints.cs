using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Modules.Charity.Events;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>慈善组织认定 under <c>/api/charity/recognitions</c>: application, deadline, grounds, decision.</summary>
public sealed class RecognitionEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/recognitions", ListAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityListRecognitions")
            .WithSummary("Recognition applications within the caller's scope (status: pending|recognised|refused; deadline: near|overdue for pending ones near or past it), oldest deadline first; paged.");
        app.MapPost("/recognitions", CreateAsync).RequirePermission(CharityPermissions.Recognise)
            .WithName("CharityCreateRecognition")
            .WithSummary("受理 an application for a registered foundation, social group or social service agency of the copy; the deadline is set from the settings.");
        app.MapGet("/recognitions/{id:guid}", GetAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityGetRecognition")
            .WithSummary("One application with its deadline and the refusal grounds found today.");
        app.MapPost("/recognitions/{id:guid}/decide/{version:int}", DecideAsync).RequirePermission(CharityPermissions.Recognise)
            .WithName("CharityDecideRecognition")
            .WithSummary("认定 (refused while a ground stands) or 不予认定 with reasons, on the version shown; a recognition publishes charity.recognised.");
    }

    private static async Task<Results<Ok<Paged<RecognitionRow>>, ValidationProblem>> ListAsync(string? status, string? deadline, [AsParameters] PageQuery paging,
        CharityDb db, ICallerContext caller, RecognitionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var query = db.Recognitions.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<RecognitionStatus>(status, true, out var wanted)) return Problems.Validation("status", "没有这个状态");
            query = query.Where(r => r.Status == wanted);
        }
        if (deadline is { Length: > 0 } and not ("near" or "overdue")) return Problems.Validation("deadline", "期限只能是 near 或 overdue");
        if (deadline == "overdue") query = query.Where(r => r.Status == RecognitionStatus.Pending && r.DueOn < today);
        if (deadline == "near")
        {
            var warnFrom = today.AddDays(options.WarnDays);
            query = query.Where(r => r.Status == RecognitionStatus.Pending && r.DueOn >= today && r.DueOn <= warnFrom);
        }
        var page = await query.OrderBy(r => r.Status).ThenBy(r => r.DueOn).ThenBy(r => r.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(r => new RecognitionRow(r.Id, r.OrganisationId, r.OrganisationName, r.NewRegistration, r.AcceptedOn, r.DueOn,
            r.Status == RecognitionStatus.Pending ? RecognitionRules.Deadline(r.DueOn, today, options) : "decided", Code(r.Status))));
    }

    private static async Task<Results<Created<RecognitionView>, ValidationProblem, ProblemHttpResult>> CreateAsync(NewRecognitionRequest request, CharityDb db,
        ICallerContext caller, RecognitionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (request.OrganisationId is null) errors.Add("organisationId", "请选择申请认定的社会组织");
        var purpose = errors.Text("purpose", request.Purpose, "章程规定的宗旨", RecognitionRules.PurposeLength);
        if (request.CharitablePurpose is null) errors.Add("charitablePurpose", "请确认宗旨是否为开展慈善活动");
        var acceptedOn = request.AcceptedOn ?? today;
        if (acceptedOn > today) errors.Add("acceptedOn", "受理日期不能晚于今天");
        var newRegistration = request.NewRegistration ?? false;
        if (!newRegistration)
        {
            if (request.LastYearSpending is not > 0) errors.Add("lastYearSpending", "已登记的组织申请认定，请填写上年度支出合计（元）");
            if (request.LastYearCharitableSpending is null or < 0) errors.Add("lastYearCharitableSpending", "请填写上年度慈善活动支出（元）");
            if (request.LastYearManagementCosts is null or < 0) errors.Add("lastYearManagementCosts", "请填写上年度管理费用（元）");
        }
        if (errors.HasErrors) return errors.ToProblem();
        if (await OrganisationStore.FindAsync(db, caller, request.OrganisationId!.Value, cancellationToken) is not { } organisation) return OrganisationStore.NotFound();
        var pending = await db.Recognitions.AnyAsync(r => r.OrganisationId == organisation.Id && r.Status == RecognitionStatus.Pending, cancellationToken);
        if (RecognitionRules.RefuseApplication(organisation, pending) is { } refusal) return Problems.Conflict(refusal, "不能受理认定申请");

        var application = new RecognitionApplication
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, OrganisationName = organisation.Name, DivisionCode = organisation.DivisionCode,
            NewRegistration = newRegistration, Purpose = purpose, CharitablePurpose = request.CharitablePurpose!.Value,
            LastYearSpending = newRegistration ? null : request.LastYearSpending, LastYearCharitableSpending = newRegistration ? null : request.LastYearCharitableSpending,
            LastYearManagementCosts = newRegistration ? null : request.LastYearManagementCosts,
            AcceptedOn = acceptedOn, DueOn = RecognitionRules.DueOn(acceptedOn, newRegistration, options), Status = RecognitionStatus.Pending,
        };
        db.Recognitions.Add(application);
        Record(db, application, caller, clock, "受理认定申请");
        return TypedResults.Created($"/api/charity/recognitions/{application.Id}", await ViewAsync(db, application, options, today, cancellationToken));
    }

    private static async Task<Results<Ok<RecognitionView>, ProblemHttpResult>> GetAsync(Guid id, CharityDb db, ICallerContext caller, RecognitionOptions options,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await FindAsync(db, caller, id, cancellationToken) is { } application
            ? TypedResults.Ok(await ViewAsync(db, application, options, clock.BeijingToday(), cancellationToken))
            : NotFound();

    private static async Task<Results<Ok<RecognitionView>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid id, int version, RecognitionDecisionRequest request,
        CharityDb db, ICallerContext caller, RecognitionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (request.Recognise is null) errors.Add("recognise", "请选择认定或不予认定");
        var reasons = request.Recognise == false
            ? errors.Text("reasons", request.Reasons, "不予认定的理由", RecognitionRules.ReasonsLength)
            : string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim();
        if (reasons?.Length > RecognitionRules.ReasonsLength) errors.Add("reasons", $"理由不能超过{RecognitionRules.ReasonsLength}个字");
        if (errors.HasErrors) return errors.ToProblem();
        if (await FindAsync(db, caller, id, cancellationToken) is not { } application) return NotFound();
        if (db.ExpectVersion(application, version) is { } stale) return stale;
        var grounds = await GroundsAsync(db, application, options, today, cancellationToken);
        if (request.Recognise == true && RecognitionRules.RefuseRecognition(application.Status, grounds) is { } refusal) return Problems.Conflict(refusal, "不能认定");
        if (application.Status != RecognitionStatus.Pending) return Problems.Conflict("这份申请已经作出决定。", "不能再次决定");

        application.Status = request.Recognise == true ? RecognitionStatus.Recognised : RecognitionStatus.Refused;
        application.DecidedOn = today;
        application.Reasons = reasons ?? "符合慈善组织认定条件";
        if (application.Status == RecognitionStatus.Recognised)
        {
            var organisation = await db.Organisations.FirstAsync(o => o.Id == application.OrganisationId, cancellationToken);
            organisation.RecognisedOn = today;
            db.Publish(new OrganisationRecognised(organisation.Id, organisation.CreditCode, organisation.Name, today));
        }
        Record(db, application, caller, clock, application.Status == RecognitionStatus.Recognised ? "认定为慈善组织" : "不予认定", application.Reasons);
        return TypedResults.Ok(await ViewAsync(db, application, options, today, cancellationToken));
    }

    private static Task<RecognitionApplication?> FindAsync(CharityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Recognitions.WithinScope(caller).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份认定申请，或它不在您的辖区内。");

    private static async Task<IReadOnlyList<string>> GroundsAsync(CharityDb db, RecognitionApplication application, RecognitionOptions options, DateOnly today,
        CancellationToken cancellationToken)
    {
        var entries = await db.CreditListEntries.AsNoTracking().Where(e => e.OrganisationId == application.OrganisationId).ToListAsync(cancellationToken);
        var penalties = await db.Penalties.AsNoTracking().Where(p => p.OrganisationId == application.OrganisationId).ToListAsync(cancellationToken);
        return RecognitionRules.Grounds(application, entries, penalties, application.DecidedOn ?? today, options);
    }

    private static async Task<RecognitionView> ViewAsync(CharityDb db, RecognitionApplication r, RecognitionOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var grounds = await GroundsAsync(db, r, options, today, cancellationToken);
        var deadline = r.Status == RecognitionStatus.Pending ? RecognitionRules.Deadline(r.DueOn, today, options) : "decided";
        var deadlineText = deadline switch
        {
            "overdue" => $"已超过决定期限（{r.DueOn:yyyy-MM-dd}）",
            "near" => $"临近决定期限（{r.DueOn:yyyy-MM-dd}）",
            "on-time" => $"应于{r.DueOn:yyyy-MM-dd}前作出决定",
            _ => r.DecidedOn > r.DueOn ? $"逾期作出决定（期限{r.DueOn:yyyy-MM-dd}）" : "在期限内作出决定",
        };
        return new RecognitionView(r.Id, r.OrganisationId, r.OrganisationName, r.DivisionCode, r.NewRegistration, r.Purpose, r.CharitablePurpose, r.LastYearSpending,
            r.LastYearCharitableSpending, r.LastYearManagementCosts, r.AcceptedOn, r.DueOn, deadline, deadlineText, Code(r.Status), grounds,
            grounds.Count == 0 ? "未发现不予认定的情形" : string.Join("；", grounds), r.DecidedOn, r.Reasons, r.Version, r.Steps.ToTimeline());
    }

    private static string Code(RecognitionStatus status) => status.ToString().ToLowerInvariant();

    private static void Record(CharityDb db, RecognitionApplication application, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        db.RecognitionSteps.Add(new RecognitionStep
        {
            ApplicationId = application.Id, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note,
        });
}

/// <summary>On the home page of those who decide: pending applications near or past their deadline, in their scope.</summary>
internal sealed class RecognitionWork(CharityDb db, ICallerContext caller, RecognitionOptions options, TimeProvider clock) : Sdk.Work.IWorkItemSource
{
    public async Task<IReadOnlyList<Sdk.Work.WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (!caller.HasPermission(CharityPermissions.Recognise)) return [];
        var today = clock.BeijingToday();
        var warnFrom = today.AddDays(options.WarnDays);
        var due = await db.Recognitions.AsNoTracking().WithinScope(caller)
            .Where(r => r.Status == RecognitionStatus.Pending && r.DueOn <= warnFrom).Select(r => r.DueOn).ToListAsync(cancellationToken);
        if (due.Count == 0) return [];
        var overdue = due.Count(d => d < today);
        return [new Sdk.Work.WorkItem("charity.recognitions-due", "临近或超过决定期限的慈善组织认定申请", due.Count, "/m/charity/recognitions?status=pending", overdue)];
    }
}
