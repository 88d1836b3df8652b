using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Marriage.Tests.Support;

namespace Minzheng.Modules.Marriage.Tests.Api;

/// <summary>Appointments, counselling and statistics.</summary>
public sealed class OfficeApiTests : IAsyncLifetime
{
    private MarriageHost _host = null!;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        _host = await MarriageHost.StartAsync();
        _staff = _host.Staff();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Booking(string date, string service = "marriage") => new { service, date, name = "预约人", phone = "023-48280000" };

    [Fact]
    public async Task Appointments_fill_up_to_capacity_and_a_cancellation_frees_a_place()
    {
        // Capacity for marriage is configured as 2 per day in the test host.
        var first = await (await _staff.PostAsJsonAsync("/api/marriage/appointments", Booking("2026-03-05"))).ReadAsync();
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/appointments", Booking("2026-03-05"))).StatusCode);
        var full = await _staff.PostAsJsonAsync("/api/marriage/appointments", Booking("2026-03-05"));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal("2026-03-05的结婚登记预约已满（每日2个），请选择其他日期", (await full.ReadAsync()).Str("detail"));
        // Another service has its own capacity (the default).
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/appointments", Booking("2026-03-05", "divorce"))).StatusCode);

        var cancelled = await _staff.PostAsJsonAsync($"/api/marriage/appointments/{first.Str("id")}/cancel/0", new { reason = "改期" });
        Assert.Equal("cancelled", (await cancelled.ReadAsync()).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await _staff.PostAsJsonAsync($"/api/marriage/appointments/{first.Str("id")}/cancel/1", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/appointments", Booking("2026-03-05"))).StatusCode);

        var day = await (await _staff.GetAsync("/api/marriage/appointments?date=2026-03-05")).ReadAsync();
        Assert.Equal(4, day.GetArrayLength());
        var capacity = await (await _staff.GetAsync("/api/marriage/appointments/capacity?date=2026-03-05")).ReadAsync();
        var marriage = capacity.EnumerateArray().Single(c => c.Str("service") == "marriage");
        Assert.Equal((2, 2), (marriage.Int("booked"), marriage.Int("capacity")));
    }

    [Fact]
    public async Task Booking_input_is_validated()
    {
        var response = await _staff.PostAsJsonAsync("/api/marriage/appointments", new { service = "party", date = "2026-03-01", name = "", phone = "abc" });
        var problem = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(problem.Errors("service"));
        Assert.Equal("不能预约今天以前的日期", problem.Errors("date").Single());
        Assert.NotEmpty(problem.Errors("name"));
        Assert.NotEmpty(problem.Errors("phone"));
    }

    [Fact]
    public async Task Counselling_links_only_to_an_application_in_cooling_off()
    {
        var applied = await (await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = TestIds.Man(), partyAName = "甲", partyBIdNumber = TestIds.Woman(), partyBName = "乙",
            marriageCertificateNumber = "J500110-2019-000001", agreement = "协议", agreementSigned = true,
        })).ReadAsync();
        var id = applied.Str("id");
        object Session(string heldOn) => new { divorceApplicationId = id, heldOn, counsellor = "周老师", participants = "甲、乙", summary = "沟通子女抚养问题" };

        var early = await _staff.PostAsJsonAsync("/api/marriage/counselling", Session("2026-03-02"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("只能关联处于离婚冷静期内的离婚登记申请", (await early.ReadAsync()).Str("detail"));

        await _staff.PostAsJsonAsync($"/api/marriage/divorces/{id}/accept/{0}", new { });
        _host.SetToday(new DateOnly(2026, 3, 10));
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/counselling", Session("2026-03-10"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _staff.PostAsJsonAsync("/api/marriage/counselling", Session("2026-03-11"))).StatusCode);
        var sessions = await (await _staff.GetAsync($"/api/marriage/counselling?divorceApplicationId={id}")).ReadAsync();
        Assert.Equal(1, sessions.GetProperty("items").GetArrayLength());
        Assert.Equal(1, sessions.Int("total"));

        _host.SetToday(new DateOnly(2026, 4, 2));
        Assert.Equal(HttpStatusCode.Conflict, (await _staff.PostAsJsonAsync("/api/marriage/counselling", Session("2026-04-02"))).StatusCode);
    }

    [Fact]
    public async Task Statistics_count_by_month_and_town_with_the_cross_province_share()
    {
        // One bride lives in 万盛街道: that marriage belongs to the town, the other to 区外居民.
        var resident = TestIds.Woman();
        var registryClerk = _host.Host.CreateClient(Minzheng.Sdk.Testing.TestStaff.District(Minzheng.Sdk.Testing.TestDistricts.First, "platform.registry.write"));
        Assert.Equal(HttpStatusCode.Created, (await registryClerk.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber = resident, name = "万盛居民", ethnicity = "汉族", hukouType = "Urban", divisionCode = Minzheng.Sdk.Testing.TestDistricts.VillageOfWansheng,
        })).StatusCode);
        await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(TestIds.Man(), resident));
        await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(TestIds.Man("110105"), TestIds.Woman()));
        var divorce = await (await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = TestIds.Man(), partyAName = "甲", partyBIdNumber = TestIds.Woman(), partyBName = "乙",
            marriageCertificateNumber = "J1", agreement = "协议", agreementSigned = true,
        })).ReadAsync();
        await _staff.PostAsJsonAsync($"/api/marriage/divorces/{divorce.Str("id")}/accept/{0}", new { });
        _host.SetToday(new DateOnly(2026, 3, 20));
        await _staff.PostAsJsonAsync($"/api/marriage/divorces/{divorce.Str("id")}/withdraw/{1}", new { party = "A" });

        var stats = await (await _staff.GetAsync("/api/marriage/statistics?year=2026")).ReadAsync();
        Assert.Equal(2, stats.Int("registrations"));
        Assert.Equal(0, stats.Int("divorces"));
        Assert.Equal(1, stats.Int("withdrawals"));
        Assert.Equal(50m, stats.GetProperty("crossProvinceShare").GetDecimal());
        Assert.Equal(2, stats.GetProperty("registrationsByMonth")[2].GetProperty("value").GetInt32());
        Assert.Equal(1, stats.GetProperty("withdrawalsByMonth")[2].GetProperty("value").GetInt32());
        var towns = stats.GetProperty("registrationsByTown").EnumerateArray()
            .Select(t => (t.Str("label"), t.TryGetProperty("code", out var code) ? code.GetString() : null, t.Int("value"))).ToList();
        Assert.Equal([("万盛街道", Minzheng.Sdk.Testing.TestDistricts.TownWansheng, 1), ("区外居民", null, 1)], towns);

        var clerk = _host.Staff(MarriagePermissions.Read);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/marriage/statistics")).StatusCode);
    }
}
