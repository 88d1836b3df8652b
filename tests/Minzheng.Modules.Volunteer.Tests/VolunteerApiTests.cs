using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>Real-name registration through the real host: the ID number, minors, numbers, scope, the event.</summary>
public sealed class VolunteerApiTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Theory]
    [InlineData("<img src=x>", "name")]
    [InlineData("志愿\u202E者", "name")]
    [InlineData("\u200B\uFEFF", "name")]
    public async Task A_name_with_markup_direction_controls_or_nothing_visible_is_refused_on_its_field(string name, string field)
    {
        var response = await host.Client(Staff.Officer).RegisterAsync(name);
        Assert.True((await response.JsonAsync(HttpStatusCode.BadRequest)).HasError(field));
    }

    [Fact]
    public async Task A_volunteer_is_registered_with_the_next_number_a_masked_id_and_an_event_and_cannot_register_twice()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var idNumber = SyntheticIds.NextIdNumber();
        var first = await (await clerk.RegisterAsync("王一", idNumber: idNumber)).JsonAsync(HttpStatusCode.Created);
        var second = await clerk.NewVolunteerAsync(name: "王二");
        Assert.Matches(@"^500110-2026-\d{6}$", first.Text("number"));
        Assert.Equal(int.Parse(first.Text("number")[^6..]) + 1, int.Parse(second.Text("number")[^6..]));
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], first.Text("idNumber"));
        Assert.Equal("active", first.Text("status"));
        Assert.False(first.GetProperty("inRegistry").GetBoolean());

        var again = await (await clerk.RegisterAsync("王一", idNumber: idNumber)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains(first.Text("number"), again.Text("detail"));
        var published = Assert.Single(await host.OutboxAsync("volunteer.registered"), e => e.Text("volunteerId") == first.Id());
        Assert.Equal(first.Text("number"), published.Text("number"));
    }

    [Fact]
    public async Task A_bad_id_number_phone_or_village_is_a_field_error_and_nothing_is_written()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var bad = await (await clerk.PostAsJsonAsync("/api/volunteer/volunteers", new
        {
            idNumber = "500110199001011234", name = "", phone = "12345", divisionCode = TestDistricts.VillageOfDonglin,
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("idNumber"));
        Assert.True(bad.HasError("name"));
        Assert.True(bad.HasError("phone"));
        Assert.Contains("不在您的辖区内", bad.GetProperty("errors").GetProperty("divisionCode")[0].GetString());
        var list = await (await clerk.GetAsync("/api/volunteer/volunteers?q=500110199001011234")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_child_under_8_is_refused_and_one_of_12_needs_the_guardians_consent()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var today = new DateOnly(2026, 6, 1);
        var seven = await (await clerk.RegisterAsync("小七", idNumber: SyntheticIds.IdNumberBorn(today.AddYears(-7)), guardianName: "七父", consent: true))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未满8周岁", seven.GetProperty("errors").GetProperty("guardianConsent")[0].GetString());
        var twelveId = SyntheticIds.IdNumberBorn(today.AddYears(-12));
        var noConsent = await (await clerk.RegisterAsync("小十二", idNumber: twelveId)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("须有监护人同意", noConsent.GetProperty("errors").GetProperty("guardianConsent")[0].GetString());
        var registered = await (await clerk.RegisterAsync("小十二", idNumber: twelveId, guardianName: "十二母", consent: true)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-06-01", registered.Text("guardianConsentOn"));
        Assert.Equal("未成年人：须监护人同意", registered.Text("minorRequirement"));
        Assert.Equal(12, registered.GetProperty("age").GetInt32());
    }

    [Fact]
    public async Task A_town_clerk_sees_their_towns_volunteers_only_and_a_stale_leave_is_refused()
    {
        var donglin = await host.Client(Staff.DonglinClerk).NewVolunteerAsync(TestDistricts.VillageOfDonglin, "东林志愿者");
        var wansheng = host.Client(Staff.WanshengClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await wansheng.GetAsync($"/api/volunteer/volunteers/{donglin.Id()}")).StatusCode);
        var list = await (await wansheng.GetAsync("/api/volunteer/volunteers?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), v => v.Id() == donglin.Id());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync("/api/volunteer/volunteers")).StatusCode);

        var mine = await wansheng.NewVolunteerAsync();
        var stale = await wansheng.PostAsJsonAsync($"/api/volunteer/volunteers/{mine.Id()}/leave/{mine.Version() + 1}", new { reason = "迁出" });
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var left = await (await wansheng.PostAsJsonAsync($"/api/volunteer/volunteers/{mine.Id()}/leave/{mine.Version()}", new { reason = "迁出" })).JsonAsync();
        Assert.Equal("left", left.Text("status"));
    }
}
