using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Registering and changing residents through the API.</summary>
public sealed class PersonApiTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task Registration_derives_sex_and_birth_date_and_starts_alive_at_version_1()
    {
        var female = SyntheticIds.IdNumberOf(new DateOnly(1985, 2, 14), 246);
        var person = await _writer.RegisterAsync(female);

        Assert.Equal("Female", person.GetProperty("sex").GetString());
        Assert.Equal("1985-02-14", person.GetProperty("birthDate").GetString());
        Assert.Equal("Alive", person.GetProperty("status").GetString());
        Assert.Equal("Urban", person.GetProperty("hukouType").GetString());
        Assert.Equal("万新社区", person.GetProperty("villageName").GetString());
        Assert.Equal(1, person.GetProperty("version").GetInt32());

        var read = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{person.Id()}");
        Assert.Equal(person.GetProperty("name").GetString(), read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_wrong_check_character_is_a_field_error_with_the_id_numbers_message()
    {
        var response = await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(SyntheticIds.WithWrongCheck(TestIds.Next())));
        Assert.Equal("身份证号码校验位错误，请核对", await response.AssertFieldErrorAsync("idNumber"));
    }

    [Fact]
    public async Task An_impossible_birth_date_is_a_field_error()
    {
        // 30 February, with a correct check character: only the date is wrong.
        const string first17 = "50011019900230123";
        var response = await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(first17 + Sdk.Registry.IdNumber.ComputeCheckCharacter(first17)));
        Assert.Equal("身份证号码中的出生日期不是有效日期", await response.AssertFieldErrorAsync("idNumber"));
    }

    [Fact]
    public async Task A_birth_date_after_today_on_the_hosts_clock_is_refused()
    {
        var tomorrow = SyntheticIds.IdNumberOf(RegistryHostFixture.Today.AddDays(1), 123);
        var response = await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(tomorrow));
        Assert.Contains("晚于今天", await response.AssertFieldErrorAsync("idNumber"));
    }

    [Fact]
    public async Task A_legacy_15_digit_number_is_stored_as_its_18_character_form()
    {
        // 500110 + 620708 (1962-07-08) + 135: odd sequence, a man.
        var legacy = "500110620708135";
        var full = SyntheticIds.IdNumberOf(new DateOnly(1962, 7, 8), 135);
        var person = await fixture.Client(Staff.Revealer).RegisterAsync(legacy);

        Assert.Equal(full, person.GetProperty("idNumber").GetString());
        Assert.Equal("1962-07-08", person.GetProperty("birthDate").GetString());
        Assert.Equal("Male", person.GetProperty("sex").GetString());
        // The same person under the 18-character number is the same person.
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(full))).StatusCode);
    }

    [Fact]
    public async Task A_division_outside_the_district_or_the_callers_scope_is_a_field_error()
    {
        var response = await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(TestIds.Next(), "500110004999"));
        await response.AssertFieldErrorAsync("divisionCode");

        var clerk = fixture.Client(Staff.WanshengClerk);
        response = await clerk.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(TestIds.Next(), TestDistricts.VillageOfDonglin));
        Assert.Contains("管辖范围", await response.AssertFieldErrorAsync("divisionCode"));
        await clerk.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfWansheng);
    }

    [Fact]
    public async Task A_duplicate_id_number_in_the_district_is_a_conflict_and_nothing_is_added()
    {
        var idNumber = TestIds.Next();
        var first = await _writer.RegisterAsync(idNumber, name: "原登记");
        var again = await _writer.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(idNumber, name: "重复登记"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ProblemJsonAsync();
        Assert.Equal(first.Id(), problem.GetProperty("existingId").GetString());
        Assert.DoesNotContain(idNumber, problem.GetRawText());
        var found = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?idNumber={idNumber}");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal("原登记", found.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_clerk_registering_a_number_of_another_towns_resident_is_refused_without_learning_they_exist()
    {
        var idNumber = TestIds.Next();
        await _writer.RegisterAsync(idNumber, TestDistricts.VillageOfDonglin, name: "东林居民");
        var clerk = fixture.Client(Staff.WanshengClerk);

        var refused = await clerk.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(idNumber, TestDistricts.VillageOfWansheng));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemJsonAsync();
        Assert.False(problem.TryGetProperty("existingId", out _));
        Assert.Equal("该身份证号码不能由您登记或导入，请联系区民政局核实。", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("重复", problem.GetRawText());
        Assert.DoesNotContain(idNumber[14..], problem.GetRawText());
    }

    [Fact]
    public async Task A_stale_update_is_a_conflict_and_changes_nothing()
    {
        var person = await _writer.RegisterAsync(TestIds.Next(), name: "旧名");
        var url = $"{RegistryApi.Persons}/{person.Id()}";
        var update = new { name = "新名", ethnicity = "汉族", phone = "023-48281234", hukouType = "Rural", divisionCode = TestDistricts.VillageOfDonglin, address = "新址", version = 1 };

        var ok = await _writer.PutAsJsonAsync(url, update);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var stale = await _writer.PutAsJsonAsync(url, update with { name = "后来者" });
        await stale.AssertStaleAsync();

        var now = await _writer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("新名", now.GetProperty("name").GetString());
        Assert.Equal("Rural", now.GetProperty("hukouType").GetString());
        Assert.Equal(TestDistricts.VillageOfDonglin, now.GetProperty("divisionCode").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_update_without_a_version_is_refused()
    {
        var person = await _writer.RegisterAsync(TestIds.Next());
        var response = await _writer.PutAsJsonAsync($"{RegistryApi.Persons}/{person.Id()}",
            new { name = "某", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng });
        await response.AssertFieldErrorAsync("version");
    }

    [Fact]
    public async Task A_death_date_in_the_future_or_before_birth_is_refused_and_a_death_is_recorded_once()
    {
        var birth = new DateOnly(1940, 3, 3);
        var person = await _writer.RegisterAsync(SyntheticIds.IdNumberOf(birth, 777));
        var url = $"{RegistryApi.Persons}/{person.Id()}/deceased";

        var future = await _writer.PostAsJsonAsync(url, new { date = RegistryHostFixture.Today.AddDays(1), version = 1 });
        Assert.Contains("晚于今天", await future.AssertFieldErrorAsync("date"));
        var beforeBirth = await _writer.PostAsJsonAsync(url, new { date = birth.AddDays(-1), version = 1 });
        Assert.Contains("出生日期", await beforeBirth.AssertFieldErrorAsync("date"));

        var ok = await _writer.PostAsJsonAsync(url, new { date = RegistryHostFixture.Today, version = 1 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var dead = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Deceased", dead.GetProperty("status").GetString());
        Assert.Equal("2026-06-01", dead.GetProperty("statusDate").GetString());

        var again = await _writer.PostAsJsonAsync($"{RegistryApi.Persons}/{person.Id()}/moved-out", new { date = RegistryHostFixture.Today, version = 2 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Moving_out_is_recorded_with_its_date_and_found_by_status()
    {
        var name = TestIds.UniqueName("迁出者");
        var person = await _writer.RegisterAsync(TestIds.Next(), name: name);
        var response = await _writer.PostAsJsonAsync($"{RegistryApi.Persons}/{person.Id()}/moved-out", new { date = new DateOnly(2026, 5, 20), version = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var movedOut = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}&status=迁出");
        var found = Assert.Single(movedOut.GetProperty("items").EnumerateArray());
        Assert.Equal("2026-05-20", found.GetProperty("statusDate").GetString());
        var alive = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}&status=Alive");
        Assert.Equal(0, alive.GetProperty("total").GetInt32());
    }
}
