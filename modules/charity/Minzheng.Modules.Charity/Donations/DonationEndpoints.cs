using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>Donations under <c>/api/charity/donations</c>: staff entry with validation, the list, one donation, a declined receipt.</summary>
public sealed class DonationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/donations", ListAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityListDonations")
            .WithSummary("Donations within the caller's scope, newest first (organisationId, donor name, receipt: none|receipted|declined, from/to dates); paged.");
        app.MapPost("/donations", CreateAsync).RequirePermission(CharityPermissions.RecordDonations)
            .WithName("CharityCreateDonation")
            .WithSummary("Records a donation to a recognised charity organisation: donor (person with ID number, organisation with credit code, anonymous), money or goods.");
        app.MapGet("/donations/{id:guid}", GetAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityGetDonation")
            .WithSummary("One donation (the donor's ID number masked).");
        app.MapPost("/donations/{id:guid}/decline-receipt/{version:int}", DeclineAsync).RequirePermission(CharityPermissions.RecordDonations)
            .WithName("CharityDeclineReceipt")
            .WithSummary("Records that the donor declined a receipt: no number is used.");
    }

    private static async Task<Results<Ok<Paged<DonationRow>>, ValidationProblem>> ListAsync(Guid? organisationId, string? donor, string? receipt, DateOnly? from, DateOnly? to,
        [AsParameters] PageQuery paging, CharityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.Donations.AsNoTracking().WithinScope(caller);
        if (organisationId is { } organisation) query = query.Where(d => d.OrganisationId == organisation);
        if (!string.IsNullOrWhiteSpace(donor)) query = query.Where(d => d.DonorName.Contains(donor.Trim()));
        if (receipt is { Length: > 0 } and not ("none" or "receipted" or "declined")) return Problems.Validation("receipt", "票据状态只能是未开、已开或不要票据");
        query = receipt switch
        {
            "none" => query.Where(d => d.ReceiptId == null && !d.ReceiptDeclined),
            "receipted" => query.Where(d => d.ReceiptId != null),
            "declined" => query.Where(d => d.ReceiptDeclined),
            _ => query,
        };
        if (from is { } f) query = query.Where(d => d.ReceivedOn >= f);
        if (to is { } t) query = query.Where(d => d.ReceivedOn <= t);
        var page = await query.OrderByDescending(d => d.ReceivedOn).ThenBy(d => d.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(d => new DonationRow(d.Id, d.OrganisationId, d.OrganisationName, d.DonorKind, d.DonorName, d.Form, d.Amount, d.GoodsDescription,
            d.Project, d.Restricted, d.ReceivedOn, DonationRules.ReceiptState(d))));
    }

    private static async Task<Results<Created<DonationView>, ValidationProblem, ProblemHttpResult>> CreateAsync(NewDonationRequest request, CharityDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (request.OrganisationId is null) errors.Add("organisationId", "请选择接受捐赠的慈善组织");
        string? idNumber = null, creditCode = null;
        var donorName = DonationRules.Anonymous;
        switch (request.DonorKind)
        {
            case "person":
                donorName = errors.PersonName("donorName", request.DonorName, "捐赠人姓名");
                var parsed = errors.IdNumber("donorIdNumber", request.DonorIdNumber, today);
                idNumber = errors.Has("donorIdNumber") ? null : parsed.Value;
                break;
            case "organisation":
                donorName = errors.Text("donorName", request.DonorName, "捐赠单位名称", 200);
                if (!CreditCode.TryParse(request.DonorCreditCode, out var code, out var codeError)) errors.Add("donorCreditCode", codeError ?? "请填写捐赠单位的统一社会信用代码");
                else creditCode = code.ToString();
                break;
            case "anonymous":
                break;
            default:
                errors.Add("donorKind", "请选择捐赠人类型（个人、单位或匿名）");
                break;
        }
        if (request.Form is not ("money" or "goods")) errors.Add("form", "请选择捐赠形式（货币或物资）");
        var form = request.Form ?? "";
        var valued = form == "money" || (request.GoodsValued ?? true);
        var amount = form is "money" or "goods" ? DonationRules.Amount(errors, form, request.Amount, valued) : null;
        var goods = form == "goods" ? errors.Text("goodsDescription", request.GoodsDescription, "物资名称和规格", 500) : null;
        var quantity = form == "goods" ? errors.Text("goodsQuantity", request.GoodsQuantity, "物资数量", 50, required: false) : null;
        var project = errors.Text("project", request.Project, "捐赠项目", 200, required: false);
        var restricted = request.Restricted ?? false;
        if (restricted && string.IsNullOrEmpty(project)) errors.Add("project", "定向捐赠请填写指定的项目或用途");
        var note = errors.Text("note", request.Note, "备注", 500, required: false);
        var receivedOn = request.ReceivedOn ?? today;
        if (receivedOn > today) errors.Add("receivedOn", "收到捐赠的日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        if (await OrganisationStore.FindAsync(db, caller, request.OrganisationId!.Value, cancellationToken) is not { } organisation) return OrganisationStore.NotFound();
        if (organisation.RecognisedOn is null || organisation.DeregisteredOn is not null)
            return Problems.Validation("organisationId", $"{organisation.Name}不是慈善组织（未认定或已注销），不能登记慈善捐赠");

        var donation = new Donation
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, OrganisationName = organisation.Name, DivisionCode = organisation.DivisionCode,
            DonorKind = request.DonorKind!, DonorName = donorName, DonorIdNumber = idNumber, DonorCreditCode = creditCode, Form = form, Amount = amount,
            GoodsDescription = goods, GoodsQuantity = string.IsNullOrEmpty(quantity) ? null : quantity, Project = string.IsNullOrEmpty(project) ? null : project,
            Restricted = restricted, ReceivedOn = receivedOn, HandlerName = caller.Staff.Name, Note = string.IsNullOrEmpty(note) ? null : note,
        };
        db.Donations.Add(donation);
        return TypedResults.Created($"/api/charity/donations/{donation.Id}", View(donation));
    }

    private static async Task<Results<Ok<DonationView>, ProblemHttpResult>> GetAsync(Guid id, CharityDb db, ICallerContext caller, CancellationToken cancellationToken) =>
        await DonationStore.FindAsync(db, caller, id, cancellationToken) is { } donation ? TypedResults.Ok(View(donation)) : DonationStore.NotFound();

    private static async Task<Results<Ok<DonationView>, ValidationProblem, ProblemHttpResult>> DeclineAsync(Guid id, int version, DeclineReceiptRequest request,
        CharityDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var note = errors.Text("note", request.Note, "说明", 500, required: false);
        if (errors.HasErrors) return errors.ToProblem();
        if (await DonationStore.FindAsync(db, caller, id, cancellationToken) is not { } donation) return DonationStore.NotFound();
        if (db.ExpectVersion(donation, version) is { } stale) return stale;
        if (DonationRules.RefuseDecline(donation) is { } refusal) return Problems.Conflict(refusal, "不能记录不要票据");
        donation.ReceiptDeclined = true;
        donation.ReceiptDeclinedNote = $"{BeijingTime.Format(clock.GetUtcNow())} {caller.Staff.Name}记录：捐赠人不要票据" + (string.IsNullOrEmpty(note) ? "" : $"（{note}）");
        return TypedResults.Ok(View(donation));
    }

    internal static DonationView View(Donation d) => new(d.Id, d.OrganisationId, d.OrganisationName, d.DivisionCode, d.DonorKind, DonationRules.DonorKinds[d.DonorKind],
        d.DonorName, d.DonorIdNumber is null ? null : Masking.Mask(d.DonorIdNumber), d.DonorCreditCode, d.Form, DonationRules.Forms[d.Form], d.Amount,
        DonationRules.IsIncome(d), d.GoodsDescription, d.GoodsQuantity, d.Project, d.Restricted, d.ReceivedOn, d.HandlerName, d.Note, DonationRules.ReceiptState(d),
        d.ReceiptDeclinedNote, d.ReceiptId, d.Version);
}

/// <summary>Reading one donation within the caller's scope.</summary>
internal static class DonationStore
{
    public static Task<Donation?> FindAsync(CharityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Donations.WithinScope(caller).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public static ProblemHttpResult NotFound() => Problems.NotFound("没有这笔捐赠，或它不在您的辖区内。");
}
