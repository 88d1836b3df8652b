using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Api;

public sealed class RegistrationApiTests : IAsyncLifetime
{
    private MarriageHost _host = null!;

    public async Task InitializeAsync() => _host = await MarriageHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    internal static object Couple(string man, string woman, bool declared = true, string? hukouA = null) => new
    {
        partyAIdNumber = man, partyAName = "张三", partyAHukouCode = hukouA,
        partyBIdNumber = woman, partyBName = "李四", declarationSigned = declared,
    };

    [Fact]
    public async Task Registers_a_marriage_with_gap_free_numbers_and_publishes_the_event()
    {
        var registrar = _host.Staff(MarriagePermissions.Register, MarriagePermissions.Read);
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var first = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.ReadAsync();
        Assert.Equal("J500110-2026-000001", body.Str("certificateNumber"));
        Assert.Equal("registered", body.Str("status"));
        Assert.Equal(man[..6] + "********" + man[14..], body.Str("partyAIdNumber"));

        var second = await (await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man(), TestIds.Woman()))).ReadAsync();
        Assert.Equal("J500110-2026-000002", second.Str("certificateNumber"));

        var events = _host.Outbox("marriage.registered");
        Assert.Equal(2, events.Count);
        Assert.Equal(man, events[0].Str("partyA"));
        Assert.Equal(woman, events[0].Str("partyB"));
        Assert.Equal("2026-03-02", events[0].Str("registeredOn"));
        Assert.Equal("J500110-2026-000001", events[0].Str("certificateNumber"));
    }

    [Fact]
    public async Task When_the_year_s_numbers_are_used_up_a_registration_is_refused_with_a_reason_and_nothing_is_written()
    {
        var registrar = _host.Staff(MarriagePermissions.Register, MarriagePermissions.Read);
        await using (var connection = await _host.Host.OpenDatabaseAsync(TestDistricts.First, "marriage"))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """INSERT INTO "Sequences" ("Kind", "OfficeCode", "Year", "Last") VALUES ('Marriage', '500110', 2026, 999998)""";
            await command.ExecuteNonQueryAsync();
        }
        var last = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man(), TestIds.Woman()));
        Assert.Equal("J500110-2026-999999", (await last.ReadAsync()).Str("certificateNumber"));

        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var refused = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal("证书编号已用完", problem.Str("title"));
        Assert.Contains("结婚证", problem.Str("detail"));
        Assert.Single(_host.Outbox("marriage.registered"));
        // The couple may register once the office has numbers again (here: the new year).
        _host.SetToday(new DateOnly(2027, 1, 4));
        var next = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman));
        Assert.Equal("J500110-2027-000001", (await next.ReadAsync()).Str("certificateNumber"));
    }

    [Fact]
    public async Task Legacy_15_digit_numbers_and_other_provinces_are_accepted()
    {
        var registrar = _host.Staff();
        var man = TestIds.Make(new DateOnly(1980, 6, 1), 31, "110105");   // Beijing
        var woman = TestIds.Make(new DateOnly(1985, 6, 1), 42, "440305"); // Shenzhen
        var response = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Legacy(man), woman.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.True(body.GetProperty("crossProvince").GetBoolean());
        // Not in the local registry: the record belongs to the office's district.
        Assert.Equal("500110", body.Str("divisionCode"));
        Assert.Equal(man, _host.Outbox("marriage.registered").Single().Str("partyA"));
    }

    [Fact]
    public async Task Invalid_input_is_a_validation_problem_with_field_names()
    {
        var registrar = _host.Staff();
        var valid = TestIds.Man();
        var badCheck = SyntheticIds.WithWrongCheck(valid);
        var response = await registrar.PostAsJsonAsync("/api/marriage/registrations",
            new { partyAIdNumber = badCheck, partyAName = "", partyBIdNumber = "abc", partyBName = "李四", declarationSigned = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("身份证号码校验位错误，请核对", problem.Errors("partyAIdNumber").Single());
        Assert.NotEmpty(problem.Errors("partyBIdNumber"));
        Assert.Equal("请填写姓名", problem.Errors("partyAName").Single());
    }

    [Fact]
    public async Task Under_age_and_undeclared_are_refused_and_use_no_number()
    {
        var registrar = _host.Staff();
        var young = TestIds.Make(new DateOnly(2004, 3, 3), 11); // 22 tomorrow
        var response = await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(young, TestIds.Woman(), declared: false));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Contains("未满22周岁", problem.Errors("partyAIdNumber").Single());
        Assert.NotEmpty(problem.Errors("declarationSigned"));

        _host.SetToday(new DateOnly(2026, 3, 3));
        var ok = await (await registrar.PostAsJsonAsync("/api/marriage/registrations", Couple(young, TestIds.Woman()))).ReadAsync();
        Assert.Equal("J500110-2026-000001", ok.Str("certificateNumber"));
    }

    [Fact]
    public async Task A_party_married_here_is_refused_until_the_marriage_is_voided()
    {
        var staff = _host.Staff();
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var first = await (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman))).ReadAsync();

        var again = await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, TestIds.Woman()));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("有配偶", (await again.ReadAsync()).Errors("partyAIdNumber").Single());

        var id = first.Str("id");
        var stale = await staff.PostAsJsonAsync($"/api/marriage/registrations/{id}/void/{7}", new { reason = "登记错误" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var noReason = await staff.PostAsJsonAsync($"/api/marriage/registrations/{id}/void/{0}", new { });
        Assert.Equal("请填写撤销原因", (await noReason.ReadAsync()).Errors("reason").Single());
        Assert.Empty(_host.Outbox("marriage.registration-voided"));

        _host.SetToday(new DateOnly(2026, 3, 4));
        var voided = await staff.PostAsJsonAsync($"/api/marriage/registrations/{id}/void/{0}", new { reason = "骗取登记，依法撤销" });
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal("voided", (await voided.ReadAsync()).Str("status"));
        var twice = await staff.PostAsJsonAsync($"/api/marriage/registrations/{id}/void/{1}", new { reason = "再次" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        // The refused change had passed the version check (which counts the change): the platform discarded it.
        Assert.Equal(1, (await (await staff.GetAsync($"/api/marriage/registrations/{id}")).ReadAsync()).Int("version"));
        // Told once, so that the registry can undo what the registration did.
        var told = Assert.Single(_host.Outbox("marriage.registration-voided"));
        Assert.Equal((man, woman, "2026-03-02", "J500110-2026-000001", "2026-03-04"),
            (told.Str("partyA"), told.Str("partyB"), told.Str("registeredOn"), told.Str("certificateNumber"), told.Str("voidedOn")));

        // The voided number stays voided and is never reused: the next marriage takes 000002.
        var next = await (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, TestIds.Woman()))).ReadAsync();
        Assert.Equal("J500110-2026-000002", next.Str("certificateNumber"));
        var numbers = await (await staff.GetAsync("/api/marriage/certificates?kind=Marriage")).ReadAsync();
        var list = numbers.GetProperty("items").EnumerateArray().Select(n => (n.Str("number"), n.Str("status"))).ToList();
        Assert.Equal([("J500110-2026-000001", "voided"), ("J500110-2026-000002", "issued")], list);
    }

    [Fact]
    public async Task A_resident_s_marriage_belongs_to_their_town_and_its_clerk_sees_it()
    {
        var woman = TestIds.Woman();
        var registryClerk = _host.Host.CreateClient(Minzheng.Sdk.Testing.TestStaff.District(Minzheng.Sdk.Testing.TestDistricts.First, "platform.registry.write"));
        var resident = await registryClerk.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber = woman, name = "李四", ethnicity = "汉族", hukouType = "Urban", divisionCode = Minzheng.Sdk.Testing.TestDistricts.VillageOfWansheng,
        });
        Assert.Equal(HttpStatusCode.Created, resident.StatusCode);

        var created = await (await _host.Staff().PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man("110105"), woman))).ReadAsync();
        Assert.Equal(Minzheng.Sdk.Testing.TestDistricts.TownWansheng, created.Str("divisionCode"));
        Assert.True(created.GetProperty("crossProvince").GetBoolean());
        var town = _host.TownClerk(MarriagePermissions.Read);
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync($"/api/marriage/registrations/{created.Str("id")}")).StatusCode);
        var other = _host.Host.CreateClient(Minzheng.Sdk.Testing.TestStaff.Town(Minzheng.Sdk.Testing.TestDistricts.First, Minzheng.Sdk.Testing.TestDistricts.TownDonglin, MarriagePermissions.Read));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/marriage/registrations/{created.Str("id")}")).StatusCode);
    }

    [Fact]
    public async Task A_spouse_s_death_ends_the_marriage_and_the_survivor_may_marry_again()
    {
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var registryClerk = _host.Host.CreateClient(Minzheng.Sdk.Testing.TestStaff.District(Minzheng.Sdk.Testing.TestDistricts.First, "platform.registry.write"));
        var resident = await (await registryClerk.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber = woman, name = "李四", ethnicity = "汉族", hukouType = "Urban", divisionCode = Minzheng.Sdk.Testing.TestDistricts.VillageOfWansheng,
        })).ReadAsync();
        var staff = _host.Staff();
        var marriage = await (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman))).ReadAsync();

        _host.SetToday(new DateOnly(2026, 3, 9));
        var died = await registryClerk.PostAsJsonAsync($"/api/platform/registry/persons/{resident.Str("id")}/deceased",
            new { date = "2026-03-08", version = resident.Int("version") });
        Assert.True(died.IsSuccessStatusCode, await died.Content.ReadAsStringAsync());
        await _host.Host.DispatchEventsAsync();
        await _host.Host.DispatchEventsAsync(); // delivery is at least once: a repeat changes nothing

        var ended = await (await staff.GetAsync($"/api/marriage/registrations/{marriage.Str("id")}")).ReadAsync();
        Assert.Equal(("ended_by_death", 1), (ended.Str("status"), ended.Int("version")));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, TestIds.Woman()))).StatusCode);
    }

    [Fact]
    public async Task The_registry_follows_a_marriage_and_a_married_resident_is_refused_on_the_registry_s_word()
    {
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var registryClerk = RegistryClerk();
        var womanId = await RegisterResidentAsync(registryClerk, woman, "未婚");
        var staff = _host.Staff();
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman))).StatusCode);

        await _host.Host.DispatchEventsAsync();
        var person = await (await registryClerk.GetAsync($"/api/platform/registry/persons/{womanId}")).ReadAsync();
        Assert.Equal("Married", person.Str("maritalStatus"));

        // Married elsewhere, as only the registry knows: this office has no record of it.
        var marriedElsewhere = TestIds.Woman();
        await RegisterResidentAsync(registryClerk, marriedElsewhere, "已婚");
        var refused = await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man(), marriedElsewhere));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("partyBIdNumber", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_registry_follows_a_voided_registration_back_to_each_party_s_status_before_it()
    {
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var registryClerk = RegistryClerk();
        async Task<string> StatusAsync(string personId) =>
            (await (await registryClerk.GetAsync($"/api/platform/registry/persons/{personId}")).ReadAsync()).Str("maritalStatus");
        var manId = await RegisterResidentAsync(registryClerk, man, "离婚");
        var womanId = await RegisterResidentAsync(registryClerk, woman, "未婚");
        var staff = _host.Staff();
        var marriage = await (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman))).ReadAsync();
        await _host.Host.DispatchEventsAsync();
        Assert.Equal(("Married", "Married"), (await StatusAsync(manId), await StatusAsync(womanId)));

        var voided = await staff.PostAsJsonAsync($"/api/marriage/registrations/{marriage.Str("id")}/void/{0}", new { reason = "骗取登记，依法撤销" });
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        await _host.Host.DispatchEventsAsync();

        Assert.Equal(("Divorced", "Unmarried"), (await StatusAsync(manId), await StatusAsync(womanId)));
        // Neither is refused any more on the registry's word.
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/marriage/registrations", Couple(man, woman))).StatusCode);
    }

    [Fact]
    public async Task A_ceremony_is_booked_with_the_registration_within_the_day_s_capacity()
    {
        await using var host = await MarriageHost.StartAsync(new() { ["Modules:marriage:AppointmentCapacity:ceremony"] = "1" });
        var staff = host.Staff();
        object WithCeremony(string day) => new
        {
            partyAIdNumber = TestIds.Man(), partyAName = "张三", partyBIdNumber = TestIds.Woman(), partyBName = "李四", declarationSigned = true, ceremonyOn = day,
        };
        var first = await staff.PostAsJsonAsync("/api/marriage/registrations", WithCeremony("2026-03-06"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("2026-03-06", (await first.ReadAsync()).Str("ceremonyOn"));
        var diary = await (await staff.GetAsync("/api/marriage/appointments?date=2026-03-06&service=ceremony")).ReadAsync();
        Assert.Equal("张三、李四", diary.EnumerateArray().Single().Str("name"));

        var full = await staff.PostAsJsonAsync("/api/marriage/registrations", WithCeremony("2026-03-06"));
        Assert.Contains("颁证仪式预约已满", (await full.ReadAsync()).Errors("ceremonyOn").Single());
        var past = await staff.PostAsJsonAsync("/api/marriage/registrations", WithCeremony("2026-03-01"));
        Assert.Equal("不能预约今天以前的日期", (await past.ReadAsync()).Errors("ceremonyOn").Single());
        // Refused registrations used no number.
        var next = await (await staff.PostAsJsonAsync("/api/marriage/registrations", WithCeremony("2026-03-07"))).ReadAsync();
        Assert.Equal("J500110-2026-000002", next.Str("certificateNumber"));
    }

    private HttpClient RegistryClerk() => _host.Host.CreateClient(Minzheng.Sdk.Testing.TestStaff.District(Minzheng.Sdk.Testing.TestDistricts.First,
        "platform.registry.write", "platform.registry.read"));

    /// <summary>Registers a resident of 万盛街道 in the registry; returns the resident's id.</summary>
    private static async Task<string> RegisterResidentAsync(HttpClient registryClerk, string idNumber, string maritalStatus)
    {
        var response = await registryClerk.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber, name = "王五", ethnicity = "汉族", hukouType = "Urban", maritalStatus,
            divisionCode = Minzheng.Sdk.Testing.TestDistricts.VillageOfWansheng,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync()).Str("id");
    }

    [Fact]
    public async Task Permissions_and_scope_are_enforced()
    {
        var reader = _host.Staff(MarriagePermissions.Read);
        var refused = await reader.PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man(), TestIds.Woman()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var created = await (await _host.Staff().PostAsJsonAsync("/api/marriage/registrations", Couple(TestIds.Man(), TestIds.Woman()))).ReadAsync();
        // Neither party lives in the district: a town clerk does not see the record, the district does.
        var town = _host.TownClerk(MarriagePermissions.Read);
        Assert.Equal(HttpStatusCode.NotFound, (await town.GetAsync($"/api/marriage/registrations/{created.Str("id")}")).StatusCode);
        Assert.Equal(0, (await (await town.GetAsync("/api/marriage/registrations")).ReadAsync()).Int("total"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/marriage/registrations/{created.Str("id")}")).StatusCode);
    }
}

public sealed class ConcurrentRegistrationTests
{
    [Fact]
    public async Task Simultaneous_registrations_all_succeed_and_never_share_or_skip_a_number()
    {
        await using var host = await MarriageHost.StartAsync();
        var staff = host.Staff();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(TestIds.Man(), TestIds.Woman()))));
        // Two clerks at once is no one's mistake: the second waits for the first's number, it is not refused.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.ReadAsync()).Str("certificateNumber"));
        }
        var expected = Enumerable.Range(1, responses.Length).Select(i => $"J500110-2026-{i:D6}");
        Assert.Equal(expected, numbers.Order());
        Assert.Equal(numbers.Count, host.Outbox("marriage.registered").Count);
    }
}
