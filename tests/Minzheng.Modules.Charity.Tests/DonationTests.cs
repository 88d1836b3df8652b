using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Charity.Donations;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>Donations through the real host: the donors, money and goods, the recognised organisation, the list.</summary>
public sealed class DonationTests(CharityHost host) : IClassFixture<CharityHost>
{
    private readonly HttpClient _clerk = host.Client(Staff.WanshengClerk);

    [Fact]
    public async Task A_person_gives_money_to_the_fen_recorded_with_the_ID_number_masked()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var idNumber = SyntheticIds.NextIdNumber();
        var donation = await (await _clerk.DonateAsync(organisation, 1234.56m, idNumber: idNumber, project: "助学", restricted: true)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(SyntheticIds.Masked(idNumber), donation.Text("donorIdNumber"));
        Assert.Equal(1234.56m, donation.GetProperty("amount").GetDecimal());
        Assert.True(donation.GetProperty("income").GetBoolean());
        Assert.Equal("none", donation.Text("receiptState"));
        var audit = await (await host.Client(Staff.Auditor).GetAsync($"/api/platform/audit?source=charity&entity=Donation&key={donation.Id()}")).JsonAsync();
        Assert.All(audit.GetProperty("items").EnumerateArray(), e => Assert.DoesNotContain(idNumber, e.GetRawText()));
    }

    [Fact]
    public async Task An_organisation_donor_needs_a_valid_credit_code_and_an_anonymous_one_needs_nothing()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var company = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "organisation", donorName = "万盛某某有限公司", donorCreditCode = SyntheticIds.NextCreditCode(), form = "money", amount = 50000,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("单位", company.Text("donorKindName"));
        var wrong = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "organisation", donorName = "万盛某某有限公司", donorCreditCode = SyntheticIds.WithWrongCheck(SyntheticIds.NextCreditCode()), form = "money", amount = 1,
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.HasError("donorCreditCode"));
        var anonymous = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new { organisationId = organisation, donorKind = "anonymous", form = "money", amount = 100 }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("匿名", anonymous.Text("donorName"));
    }

    [Fact]
    public async Task Goods_are_valued_or_described_only_when_they_cannot_be_valued_and_then_are_not_income()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var valued = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "anonymous", form = "goods", amount = 3600, goodsDescription = "棉被", goodsQuantity = "40床",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.True(valued.GetProperty("income").GetBoolean());
        var described = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "anonymous", form = "goods", goodsValued = false, goodsDescription = "旧书一批",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.False(described.GetProperty("income").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, described.GetProperty("amount").ValueKind);
        var both = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "anonymous", form = "goods", goodsValued = false, amount = 10, goodsDescription = "旧书",
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(both.HasError("amount"));
    }

    [Fact]
    public void Amounts_are_over_zero_and_to_the_fen()
    {
        var errors = new FieldErrors();
        Assert.Equal(0.01m, DonationRules.Amount(errors, "money", 0.01m, true));
        Assert.False(errors.HasErrors);
        DonationRules.Amount(errors, "money", 0.001m, true);
        Assert.Equal(["金额最多精确到分"], errors.Errors["amount"]);
        var zero = new FieldErrors();
        DonationRules.Amount(zero, "money", 0m, true);
        Assert.True(zero.Has("amount"));
    }

    [Fact]
    public async Task Only_a_recognised_organisation_receives_and_every_field_error_comes_at_once()
    {
        var registered = (await host.RegisterOrganisationAsync()).Id();
        var refused = await (await _clerk.DonateAsync(registered, 10m)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不是慈善组织", refused.GetProperty("errors").GetProperty("organisationId")[0].GetString());
        var organisation = await host.RecognisedOrganisationAsync();
        var bad = await (await _clerk.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = organisation, donorKind = "person", donorName = "", donorIdNumber = "500110197001011234", form = "money", amount = -1, restricted = true,
            receivedOn = "2026-06-02",
        })).JsonAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "donorName", "donorIdNumber", "amount", "project", "receivedOn" }) Assert.True(bad.HasError(field), field);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Reader).DonateAsync(organisation, 1m)).StatusCode);
    }

    [Fact]
    public async Task The_list_is_paged_searched_and_scoped_and_a_declined_receipt_is_recorded()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        for (var i = 0; i < 3; i++) await (await _clerk.DonateAsync(organisation, 10m + i, name: "分页捐赠人")).JsonAsync(HttpStatusCode.Created);
        var first = await (await _clerk.GetAsync($"/api/charity/donations?organisationId={organisation}&pageSize=2")).JsonAsync();
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var one = first.GetProperty("items")[0];
        var shown = await (await _clerk.GetAsync($"/api/charity/donations/{one.Id()}")).JsonAsync();
        var declined = await (await _clerk.PostAsJsonAsync($"/api/charity/donations/{one.Id()}/decline-receipt/{shown.Version()}", new { note = "捐赠人表示不需要" })).JsonAsync();
        Assert.Equal("declined", declined.Text("receiptState"));
        Assert.Contains("捐赠人不要票据（捐赠人表示不需要）", declined.Text("receiptDeclinedNote"));
        Assert.Contains("已记录", (await (await _clerk.PostAsJsonAsync($"/api/charity/donations/{one.Id()}/decline-receipt/{declined.Version()}", new { })).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var declinedOnes = await (await _clerk.GetAsync($"/api/charity/donations?organisationId={organisation}&receipt=declined")).JsonAsync();
        Assert.Equal(1, declinedOnes.GetProperty("total").GetInt32());

        var donglin = host.Client(Staff.DonglinClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await donglin.GetAsync($"/api/charity/donations/{one.Id()}")).StatusCode);
        Assert.Equal(0, (await (await donglin.GetAsync($"/api/charity/donations?organisationId={organisation}")).JsonAsync()).GetProperty("total").GetInt32());
    }
}

/// <summary>Donation calls the tests repeat.</summary>
internal static class DonationApi
{
    public static Task<HttpResponseMessage> DonateAsync(this HttpClient client, string organisationId, decimal amount, string name = "李捐赠", string? idNumber = null,
        string? project = null, bool restricted = false, string? receivedOn = null) =>
        client.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId, donorKind = "person", donorName = name, donorIdNumber = idNumber ?? SyntheticIds.NextIdNumber(), form = "money", amount, project, restricted,
            receivedOn,
        });
}
