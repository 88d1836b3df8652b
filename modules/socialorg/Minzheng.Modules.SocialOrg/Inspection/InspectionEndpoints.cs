using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>
/// 年度检查 (年检 / 年报), under <c>/api/socialorg/inspections</c>: a year's due list and overdue list computed from the
/// register, reports received (in scope: a town may receive them) and the district's conclusion with reasons.
/// </summary>
public sealed class InspectionEndpoints : ICarterModule
{
    private static readonly string[] Header =
        ["名称", "类型", "统一社会信用代码", "所在村（居）", "成立登记日期", "年检状态", "免检理由", "报送日期", "逾期报送", "收入合计（元）", "支出合计（元）", "专职工作人员（人）", "建立党组织", "年检结论"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/inspections/due", DueAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgInspectionDueList")
            .WithSummary("A year's inspection list (default: last year) in the caller's scope: every organisation registered by the year's end and still registered, due, exempt (with why), overdue, submitted or concluded; searched by state and name or code; paged.");
        app.MapGet("/inspections/overdue", OverdueAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgInspectionOverdueList")
            .WithSummary("The organisations due for a year's inspection (default: last year) whose report has not arrived by the deadline; paged.");
        app.MapGet("/inspections/due.xlsx", ExportAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgInspectionDueListExport")
            .WithSummary("The same list as the due list, every row, as an XLSX workbook with each report's figures and conclusion.");
        app.MapGet("/inspections", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListInspections")
            .WithSummary("Reports received in the caller's scope, searched by year, status (submitted|concluded), conclusion and name or code; paged.");
        app.MapGet("/inspections/{id:guid}", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetInspection")
            .WithSummary("One inspection with its figures, conclusion and history.");
        app.MapPost("/inspections", SubmitAsync).RequirePermission(SocialOrgPermissions.AnnualReport)
            .WithName("SocialOrgSubmitInspection")
            .WithSummary("Records an organisation's annual report of an ended year (income, spending, staff, party organisation): one per organisation and year; not for an exempt, deregistered or revoked organisation.");
        app.MapPost("/inspections/{id:guid}/conclude/{version:int}", ConcludeAsync).RequirePermission(SocialOrgPermissions.Inspect)
            .WithName("SocialOrgConcludeInspection")
            .WithSummary("年检结论 by the district on the version shown: 合格, 基本合格 or 不合格 (reasons required for the last two); publishes socialorg.inspection-concluded.");
    }

    private static async Task<Results<Ok<Paged<DueRow>>, ValidationProblem>> DueAsync(int? year, string? state, string? q, [AsParameters] PageQuery paging,
        InspectionDueList list, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var y = Year(errors, year, today);
        DueState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (InspectionRules.TryParseState(state, out var s)) wanted = s;
            else errors.Add("state", "状态应为 exempt、due、overdue、submitted 或 concluded");
        }
        if (errors.HasErrors) return errors.ToProblem();
        var page = await list.Query(y, wanted, q, today).OrderBy(e => e.Organisation.Name).ThenBy(e => e.Organisation.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(e => list.Row(e, y, today)));
    }

    private static Task<Results<Ok<Paged<DueRow>>, ValidationProblem>> OverdueAsync(int? year, string? q, [AsParameters] PageQuery paging, InspectionDueList list,
        TimeProvider clock, CancellationToken cancellationToken) =>
        DueAsync(year, InspectionRules.StateCode(DueState.Overdue), q, paging, list, clock, cancellationToken);

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(int? year, string? state, string? q, InspectionDueList list,
        ITableFiles tables, IDivisionNames names, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var y = Year(errors, year, today);
        DueState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (InspectionRules.TryParseState(state, out var s)) wanted = s;
            else errors.Add("state", "状态应为 exempt、due、overdue、submitted 或 concluded");
        }
        if (errors.HasErrors) return errors.ToProblem();
        var entries = await list.Query(y, wanted, q, today).OrderBy(e => e.Organisation.Name).ThenBy(e => e.Organisation.Id).ToListAsync(cancellationToken);
        var cells = entries.Select(e =>
        {
            var row = list.Row(e, y, today);
            var i = e.Inspection;
            return (IReadOnlyList<object?>)
            [
                row.Name, OrganisationRules.TypeLabel(e.Organisation.Type), row.CreditCode, names.NameOf(row.DivisionCode) ?? row.DivisionCode,
                row.RegisteredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StateLabel(row.State), row.ExemptReason,
                i?.SubmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i is null ? null : i.Late ? "是" : "否",
                i?.Income, i?.Spending, i?.StaffCount, i is null ? null : i.PartyOrganisation ? "是" : "否",
                i?.Conclusion is { } c ? InspectionRules.ConclusionLabel(c) : null,
            ];
        });
        var workbook = tables.WriteXlsx($"{y}年度年检", Header, cells);
        return TypedResults.File(workbook, TableMediaTypes.Xlsx, $"社会组织{y}年度年检名单.xlsx");
    }

    private static async Task<Results<Ok<Paged<InspectionRow>>, ValidationProblem>> ListAsync(int? year, string? status, string? conclusion, string? q,
        [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.AnnualInspections.AsNoTracking().WithinScope(caller);
        if (year is { } y) query = query.Where(i => i.Year == y);
        if (status == "submitted") query = query.Where(i => i.Status == InspectionStatus.Submitted);
        if (status == "concluded") query = query.Where(i => i.Status == InspectionStatus.Concluded);
        if (InspectionRules.TryParseConclusion(conclusion, out var c)) query = query.Where(i => i.Conclusion == c);
        var joined = query.Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { Inspection = i, o.Name, o.CreditCode });
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            joined = joined.Where(x => x.Name.Contains(text) || x.CreditCode == text.ToUpperInvariant());
        }
        var page = await joined.OrderByDescending(x => x.Inspection.Year).ThenBy(x => x.Name).ThenBy(x => x.Inspection.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(x => Row(x.Inspection, x.Name, x.CreditCode)));
    }

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, InspectionOptions options,
        CancellationToken cancellationToken)
    {
        if (await db.AnnualInspections.AsNoTracking().WithinScope(caller).Include(i => i.Steps).FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } inspection)
        {
            return NotFound();
        }
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == inspection.OrganisationId, cancellationToken);
        return TypedResults.Ok(View(inspection, organisation, options));
    }

    private static async Task<Results<Created<InspectionView>, ProblemHttpResult, ValidationProblem>> SubmitAsync(SubmitInspectionRequest request, SocialOrgDb db,
        ICallerContext caller, InspectionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var code = (request.CreditCode ?? "").Trim().ToUpperInvariant();
        if (code.Length != 18) errors.Add("creditCode", "请填写社会组织的统一社会信用代码（18位）");
        var submittedOn = request.SubmittedOn ?? today;
        InspectionRules.CheckSubmission(errors, request.Year, request.Income, request.Spending, request.StaffCount, request.PartyOrganisation, submittedOn, today);
        if (errors.HasErrors) return errors.ToProblem();
        var year = request.Year!.Value;

        if (await db.Organisations.WithinScope(caller).FirstOrDefaultAsync(o => o.CreditCode == code, cancellationToken) is not { } organisation)
        {
            return Problems.NotFound($"没有统一社会信用代码为{code}的社会组织，或它不在您的辖区内。");
        }
        if (organisation.Status != OrganisationStatus.Registered)
        {
            return Problems.Conflict($"该社会组织已{(organisation.Status == OrganisationStatus.Deregistered ? "注销" : "被撤销登记")}，不再报送年检报告。", "已不在册");
        }
        if (organisation.RegisteredOn > InspectionRules.YearEnd(year)) return Problems.Conflict($"该社会组织{year}年末尚未成立，无需报送该年度年检报告。", "无需年检");
        if (InspectionRules.IsExempt(organisation.RegisteredOn, year, options))
        {
            return Problems.Conflict(InspectionRules.ExemptReason(organisation.RegisteredOn, year, options) + "。", "免于年检");
        }
        if (await db.AnnualInspections.AnyAsync(i => i.OrganisationId == organisation.Id && i.Year == year, cancellationToken))
        {
            return Problems.Conflict($"该社会组织{year}年度的年检报告已报送。", "已报送");
        }
        var inspection = new AnnualInspection
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, DivisionCode = organisation.DivisionCode, Year = year, Income = request.Income!.Value,
            Spending = request.Spending!.Value, StaffCount = request.StaffCount!.Value, PartyOrganisation = request.PartyOrganisation!.Value,
            SubmittedOn = submittedOn, Late = submittedOn > InspectionRules.Deadline(year, options), Status = InspectionStatus.Submitted,
        };
        db.AnnualInspections.Add(inspection);
        var note = inspection.Late ? $"逾期报送（截止日期{InspectionRules.Deadline(year, options):yyyy-MM-dd}）" : null;
        Record(db, inspection, caller, clock, $"报送{year}年度年检报告", note);
        OrganisationHistory.Record(db, organisation, caller, clock, $"报送{year}年度年检报告", note);
        return TypedResults.Created($"/api/socialorg/inspections/{inspection.Id}", View(inspection, organisation, options));
    }

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult, ValidationProblem>> ConcludeAsync(Guid id, int version, ConcludeRequest? request,
        SocialOrgDb db, ICallerContext caller, InspectionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "年检结论由区民政局（登记管理机关）作出。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var reason = InspectionRules.CheckConclusion(errors, request?.Conclusion, request?.Reason, out var conclusion);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.AnnualInspections.WithinScope(caller).Include(i => i.Steps).FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } inspection)
        {
            return NotFound();
        }
        if (db.ExpectVersion(inspection, version) is { } stale) return stale;
        if (inspection.Status != InspectionStatus.Submitted)
        {
            return Problems.Conflict($"该年检已作出结论（{InspectionRules.ConclusionLabel(inspection.Conclusion!.Value)}）。", "已作出结论");
        }
        var organisation = await db.Organisations.FirstAsync(o => o.Id == inspection.OrganisationId, cancellationToken);
        inspection.Status = InspectionStatus.Concluded;
        inspection.Conclusion = conclusion;
        inspection.ConclusionReason = reason;
        inspection.ConcludedOn = clock.BeijingToday();
        var title = $"{inspection.Year}年度年检结论：{InspectionRules.ConclusionLabel(conclusion)}";
        Record(db, inspection, caller, clock, title, reason);
        OrganisationHistory.Record(db, organisation, caller, clock, title, reason);
        db.Publish(new InspectionConcluded(inspection.Id, organisation.Id, organisation.CreditCode, inspection.Year, InspectionRules.ConclusionCode(conclusion), reason,
            inspection.Income, inspection.Spending, inspection.StaffCount, inspection.PartyOrganisation, inspection.ConcludedOn.Value));
        return TypedResults.Ok(View(inspection, organisation, options));
    }

    private static int Year(FieldErrors errors, int? year, DateOnly today)
    {
        // The year being reported on is last year's: the default of every list.
        var y = year ?? today.Year - 1;
        if (y < 2000 || y > today.Year) errors.Add("year", $"年度应在2000至{today.Year}年之间");
        return y;
    }

    private static string StateLabel(string state) => state switch
    {
        "exempt" => "免检",
        "due" => "未报送",
        "overdue" => "逾期未报送",
        "submitted" => "已报送，待结论",
        _ => "已作出结论",
    };

    private static void Record(SocialOrgDb db, AnnualInspection inspection, ICallerContext caller, TimeProvider clock, string title, string? note) =>
        // Added to the set, not to inspection.Steps, as for an organisation's history (OrganisationHistory).
        db.InspectionSteps.Add(new InspectionStep
        {
            InspectionId = inspection.Id, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note,
        });

    private static InspectionRow Row(AnnualInspection i, string name, string code) =>
        new(i.Id, i.OrganisationId, name, code, i.Year, i.Income, i.Spending, i.StaffCount, i.PartyOrganisation, i.SubmittedOn, i.Late,
            InspectionRules.StatusCode(i.Status), i.Conclusion is { } c ? InspectionRules.ConclusionCode(c) : null, i.ConcludedOn, i.Version);

    private static InspectionView View(AnnualInspection i, Organisation o, InspectionOptions options) =>
        new(i.Id, o.Id, o.Name, o.CreditCode, i.DivisionCode, i.Year, InspectionRules.Deadline(i.Year, options), i.Income, i.Spending, i.StaffCount,
            i.PartyOrganisation, i.SubmittedOn, i.Late, InspectionRules.StatusCode(i.Status), i.Conclusion is { } c ? InspectionRules.ConclusionCode(c) : null,
            i.ConclusionReason, i.ConcludedOn, i.Version, i.Steps.ToTimeline());

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份年检报告，或它不在您的辖区内。");
}
