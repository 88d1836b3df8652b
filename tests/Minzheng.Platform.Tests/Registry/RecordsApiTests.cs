using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Households, disability certificates and welfare statuses through the API.</summary>
public sealed class RecordsApiTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private const string Households = "/api/platform/registry/households";
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task A_household_has_one_head_one_spouse_and_each_person_in_one_household()
    {
        var head = await _writer.RegisterAsync(TestIds.Next());
        var spouse = await _writer.RegisterAsync(TestIds.Next(false));
        var child = await _writer.RegisterAsync(TestIds.Next());
        var second = await _writer.RegisterAsync(TestIds.Next(false));

        var created = await _writer.PostAsJsonAsync(Households, new { headId = head.Id() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var members = $"{Households}/{household}/members";

        Assert.Equal(HttpStatusCode.OK, (await _writer.PostAsJsonAsync(members, new { personId = spouse.Id(), relation = "配偶" })).StatusCode);
        await (await _writer.PostAsJsonAsync(members, new { personId = second.Id(), relation = "配偶" })).AssertFieldErrorAsync("relation");
        await (await _writer.PostAsJsonAsync(members, new { personId = second.Id(), relation = "户主" })).AssertFieldErrorAsync("relation");
        Assert.Equal(HttpStatusCode.OK, (await _writer.PostAsJsonAsync(members, new { personId = child.Id(), relation = "Child" })).StatusCode);

        var otherHousehold = await _writer.PostAsJsonAsync(Households, new { headId = child.Id() });
        Assert.Equal(HttpStatusCode.Conflict, otherHousehold.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _writer.DeleteAsync($"{members}/{head.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.DeleteAsync($"{Households}/{household}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _writer.DeleteAsync($"{members}/{child.Id()}")).StatusCode);

        var view = await _writer.GetFromJsonAsync<JsonElement>($"{Households}/{household}");
        Assert.Equal(["Head", "Spouse"], view.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("relation").GetString()));
        var headDetail = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{head.Id()}");
        Assert.Equal(household, headDetail.GetProperty("household").GetProperty("householdId").GetString());
        Assert.Equal(JsonValueKind.Null, (await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{child.Id()}")).GetProperty("household").ValueKind);
    }

    [Fact]
    public async Task A_town_clerk_cannot_reach_another_towns_household()
    {
        var head = await _writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfDonglin);
        var household = (await (await _writer.PostAsJsonAsync(Households, new { headId = head.Id() })).Content.ReadFromJsonAsync<JsonElement>()).Id();
        var clerk = fixture.Client(Staff.WanshengClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{Households}/{household}")).StatusCode);
        var own = await clerk.RegisterAsync(TestIds.Next());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostAsJsonAsync($"{Households}/{household}/members", new { personId = own.Id(), relation = "子女" })).StatusCode);
        await (await clerk.PostAsJsonAsync(Households, new { headId = head.Id() })).AssertFieldErrorAsync("headId");
    }

    [Fact]
    public async Task Certificates_are_checked_versioned_and_revoked()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var url = $"{RegistryApi.Persons}/{person.Id()}/disability-certificates";
        var valid = new { number = idNumber + "51", category = "智力", grade = 1, issuedOn = new DateOnly(2021, 3, 1), validUntil = new DateOnly(2031, 3, 1) };

        await (await _writer.PostAsJsonAsync(url, valid with { grade = 5, number = idNumber + "55" })).AssertFieldErrorAsync("grade");
        await (await _writer.PostAsJsonAsync(url, valid with { validUntil = new DateOnly(2021, 2, 28) })).AssertFieldErrorAsync("validUntil");
        await (await _writer.PostAsJsonAsync(url, valid with { number = TestIds.Next() + "51" })).AssertFieldErrorAsync("number");

        var created = await _writer.PostAsJsonAsync(url, valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var certificate = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(certificate.GetProperty("validToday").GetBoolean());
        // A duplicate is a conflict, but not a stale version: reading again would not help.
        await (await _writer.PostAsJsonAsync(url, valid)).AssertConflictAsync();

        var certificateUrl = $"{url}/{certificate.Id()}";
        var regraded = valid with { number = idNumber + "52", grade = 2 };
        Assert.Equal(HttpStatusCode.OK, (await _writer.PutAsJsonAsync(certificateUrl, new { regraded.number, regraded.category, regraded.grade, regraded.issuedOn, regraded.validUntil, version = 1 })).StatusCode);
        await (await _writer.PutAsJsonAsync(certificateUrl, new { valid.number, valid.category, valid.grade, valid.issuedOn, valid.validUntil, version = 1 })).AssertStaleAsync();

        await (await _writer.PostAsJsonAsync(certificateUrl + "/revoke", new { revokedOn = RegistryHostFixture.Today.AddDays(1), reason = "复核" })).AssertFieldErrorAsync("revokedOn");
        // A revocation based on the version before the regrading is stale: the clerk has not seen the new grade.
        await (await _writer.PostAsJsonAsync(certificateUrl + "/revoke", new { revokedOn = RegistryHostFixture.Today, reason = "复核", version = 1 })).AssertStaleAsync();
        var revoked = await _writer.PostAsJsonAsync(certificateUrl + "/revoke", new { revokedOn = RegistryHostFixture.Today, reason = "复核不符合条件", version = 2 });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.False((await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("validToday").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.PostAsJsonAsync(certificateUrl + "/revoke", new { revokedOn = RegistryHostFixture.Today, reason = "再次" })).StatusCode);

        var list = await _writer.GetFromJsonAsync<JsonElement>(url);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(2, only.GetProperty("grade").GetInt32());
        Assert.Equal("2026-06-01", only.GetProperty("revokedOn").GetString());
    }

    [Fact]
    public async Task Welfare_statuses_do_not_overlap_and_end_no_earlier_than_they_start()
    {
        var person = await _writer.RegisterAsync(TestIds.Next());
        var url = $"{RegistryApi.Persons}/{person.Id()}/welfare-statuses";

        await (await _writer.PostAsJsonAsync(url, new { kind = "低保", startsOn = new DateOnly(2025, 1, 1), endsOn = new DateOnly(2024, 12, 31) })).AssertFieldErrorAsync("endsOn");
        await (await _writer.PostAsJsonAsync(url, new { kind = "五保", startsOn = new DateOnly(2025, 1, 1) })).AssertFieldErrorAsync("kind");

        var created = await _writer.PostAsJsonAsync(url, new { kind = "低保", startsOn = new DateOnly(2025, 1, 1) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var status = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(status.GetProperty("holdsToday").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.PostAsJsonAsync(url, new { kind = "特困", startsOn = new DateOnly(2026, 1, 1) })).StatusCode);

        var end = $"{url}/{status.Id()}/end";
        await (await _writer.PostAsJsonAsync(end, new { endsOn = new DateOnly(2024, 12, 31) })).AssertFieldErrorAsync("endsOn");
        Assert.Equal(HttpStatusCode.OK, (await _writer.PostAsJsonAsync(end, new { endsOn = new DateOnly(2025, 12, 31) })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.PostAsJsonAsync(end, new { endsOn = new DateOnly(2025, 12, 31) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsJsonAsync(url, new { kind = "特困", startsOn = new DateOnly(2026, 1, 1) })).StatusCode);

        var list = await _writer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(["DestitutePersonSupport", "MinimumLivingAllowance"], list.EnumerateArray().Select(w => w.GetProperty("kind").GetString()));
    }
}
