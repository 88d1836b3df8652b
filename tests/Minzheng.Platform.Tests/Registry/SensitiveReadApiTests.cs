using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Masked ID numbers by default; full ones, disability and welfare only with an audit entry each.</summary>
public sealed class SensitiveReadApiTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task Without_the_permission_id_numbers_are_masked_everywhere_and_nothing_is_audited()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var reader = fixture.Client(Staff.ReadOnly);

        var detail = await reader.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{person.Id()}");
        Assert.Equal(SyntheticIds.Masked(idNumber), detail.GetProperty("idNumber").GetString());
        Assert.True(detail.GetProperty("idNumberMasked").GetBoolean());
        var list = await reader.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?idNumber={idNumber}");
        Assert.Equal(SyntheticIds.Masked(idNumber), list.GetProperty("items")[0].GetProperty("idNumber").GetString());
        Assert.DoesNotContain(idNumber, person.GetRawText() + detail.GetRawText() + list.GetRawText());

        Assert.Empty(await fixture.SensitiveReadsOfAsync(person.Id()));
    }

    [Fact]
    public async Task With_the_permission_every_full_id_number_returned_is_audited_once()
    {
        var name = TestIds.UniqueName("可见");
        var first = TestIds.Next();
        var second = TestIds.Next();
        var a = await _writer.RegisterAsync(first, name: name);
        var b = await _writer.RegisterAsync(second, name: name);
        var revealer = fixture.Client(Staff.Revealer);

        var list = await revealer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}");
        Assert.Equal([first, second], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("idNumber").GetString()).Order());
        Assert.All(list.GetProperty("items").EnumerateArray(), p => Assert.False(p.GetProperty("idNumberMasked").GetBoolean()));
        Assert.Equal(["idNumber"], await fixture.SensitiveReadsOfAsync(a.Id()));
        Assert.Equal(["idNumber"], await fixture.SensitiveReadsOfAsync(b.Id()));

        var detail = await revealer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{a.Id()}");
        Assert.Equal(first, detail.GetProperty("idNumber").GetString());
        Assert.Equal(["idNumber", "idNumber"], await fixture.SensitiveReadsOfAsync(a.Id()));

        var entries = await fixture.Client(Staff.Auditor)
            .GetFromJsonAsync<JsonElement>($"/api/platform/audit?action=read-sensitive&person={a.Id()}");
        Assert.All(entries.GetProperty("items").EnumerateArray(), e => Assert.Equal("revealer", e.GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task Reading_disability_or_welfare_details_is_audited_even_with_masked_id_numbers()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var url = $"{RegistryApi.Persons}/{person.Id()}";
        var added = await _writer.PostAsJsonAsync(url + "/disability-certificates",
            new { number = idNumber + "42", category = "肢体", grade = 2, issuedOn = new DateOnly(2020, 1, 1), validUntil = new DateOnly(2030, 1, 1) });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var before = (await fixture.SensitiveReadsOfAsync(person.Id())).Count;

        var reader = fixture.Client(Staff.ReadOnly);
        var certificates = await reader.GetFromJsonAsync<JsonElement>(url + "/disability-certificates");
        Assert.Equal(SyntheticIds.Masked(idNumber) + "42", certificates[0].GetProperty("number").GetString());
        await reader.GetFromJsonAsync<JsonElement>(url + "/welfare-statuses");

        var reads = await fixture.SensitiveReadsOfAsync(person.Id());
        Assert.Equal(["disabilityCertificates", "welfareStatuses"], reads.Skip(before));
    }

    [Fact]
    public async Task The_audit_trail_of_changes_never_holds_a_full_id_number()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var url = $"{RegistryApi.Persons}/{person.Id()}";
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsJsonAsync(url + "/disability-certificates",
            new { number = idNumber + "64", category = "精神", grade = 4, issuedOn = new DateOnly(2024, 1, 1), validUntil = new DateOnly(2029, 1, 1) })).StatusCode);

        var entries = await fixture.Client(Staff.Auditor).GetFromJsonAsync<JsonElement>($"/api/platform/audit?person={person.Id()}&pageSize=200");
        var actions = entries.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("entity").GetString())).ToList();
        Assert.Contains(actions, a => a.Item2 == "Person");
        Assert.Contains(actions, a => a.Item2 == "DisabilityCertificateRecord");
        Assert.DoesNotContain(idNumber, entries.GetRawText());
        Assert.DoesNotContain(idNumber[6..14], entries.GetRawText());
    }

    [Fact]
    public async Task A_residents_changes_and_the_reads_of_their_data_are_one_entity_in_the_audit_trail()
    {
        var person = await _writer.RegisterAsync(TestIds.Next());
        await fixture.Client(Staff.Revealer).GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{person.Id()}");

        var entries = await fixture.Client(Staff.Auditor)
            .GetFromJsonAsync<JsonElement>($"/api/platform/audit?entity=Person&key={person.Id()}&pageSize=200");
        var actions = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("created", actions);
        Assert.Contains("read-sensitive", actions);
    }
}
