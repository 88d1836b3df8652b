using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Marriage;

/// <summary>婚姻状况 is recorded on registration and update, shown in detail and search, and handed to modules.</summary>
public sealed class MaritalStatusApiTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task It_is_set_in_chinese_or_by_code_name_shown_everywhere_and_kept_when_an_update_leaves_it_out()
    {
        var idNumber = TestIds.Next();
        var created = await _writer.PostAsJsonAsync(RegistryApi.Persons, new
        {
            idNumber, name = "婚姻测试", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, maritalStatus = "已婚",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Married", person.GetProperty("maritalStatus").GetString());
        var url = $"{RegistryApi.Persons}/{person.Id()}";

        var kept = await _writer.PutAsJsonAsync(url, new { name = "婚姻测试二", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, version = 1 });
        Assert.Equal("Married", (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("maritalStatus").GetString());
        var changed = await _writer.PutAsJsonAsync(url, new { name = "婚姻测试二", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, maritalStatus = "Widowed", version = 2 });
        Assert.Equal("Widowed", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("maritalStatus").GetString());

        var found = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?idNumber={idNumber}");
        Assert.Equal("Widowed", found.GetProperty("items")[0].GetProperty("maritalStatus").GetString());

        var districts = fixture.Host.Services.GetRequiredService<DistrictDirectory>();
        await using var scope = fixture.Host.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(districts.Find(TestDistricts.First)!);
        var record = await scope.ServiceProvider.GetRequiredService<IResidentRegistry>()
            .FindAsync(IdNumber.Parse(idNumber, RegistryHostFixture.Today), CancellationToken.None);
        Assert.Equal(MaritalStatus.Widowed, record!.MaritalStatus);
        var listed = await scope.ServiceProvider.GetRequiredService<IResidentRegistry>()
            .ListAsync(new ResidentFilter { DivisionPrefix = TestDistricts.VillageOfWansheng }, CancellationToken.None)
            .FirstAsync(r => r.IdNumber.Value == idNumber);
        Assert.Equal(MaritalStatus.Widowed, listed.MaritalStatus);
    }

    [Fact]
    public async Task An_unknown_marital_status_is_a_field_error_listing_the_choices()
    {
        var response = await _writer.PostAsJsonAsync(RegistryApi.Persons, new
        {
            idNumber = TestIds.Next(), name = "婚姻测试", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, maritalStatus = "同居",
        });

        Assert.Equal("婚姻状况应为未登记、未婚、已婚、离婚、丧偶之一", await response.AssertFieldErrorAsync("maritalStatus"));
    }
}
