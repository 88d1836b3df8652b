using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>Organisers as records: registered once (a social organisation by its credit code, a team from its page), named by activities, counted on their page.</summary>
public sealed class OrganiserTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    private static string CreditCode(string organisation) => "5150011" + organisation + Sdk.Registry.CreditCode.CheckCharacter(("5150011" + organisation).AsSpan());

    [Fact]
    public async Task An_activity_naming_a_registered_organiser_is_linked_to_it_and_its_confirmed_hours_count_on_the_organisers_page()
    {
        var officer = host.Client(Staff.Officer);
        var organiser = await (await officer.PostAsJsonAsync("/api/volunteer/organisers", new
        {
            name = "万盛助老服务中心", kind = "social-organisation", creditCode = CreditCode("0MJ1234567"), divisionCode = TestDistricts.VillageOfWansheng,
            personInCharge = "王主任", contact = "023-48281234",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("social-organisation", organiser.Text("kind"));

        var start = host.Clock.GetUtcNow().AddDays(-3);
        var activity = await (await officer.PostAsJsonAsync("/api/volunteer/activities", new
        {
            title = "助老上门服务", organiser = "万盛助老服务中心", divisionCode = TestDistricts.VillageOfWansheng, place = "万新社区", startsAt = start, endsAt = start.AddHours(2),
            description = "上门陪伴", positionName = "陪伴员", wanted = 3,
        })).JsonAsync(HttpStatusCode.Created);
        var volunteer = await officer.NewVolunteerAsync(name: "组织单位测试");
        var record = await (await officer.PostAsJsonAsync("/api/volunteer/hours", new
        {
            volunteerNumber = volunteer.Text("number"), activityId = activity.Id(), kind = "service", date = start.ToString("yyyy-MM-dd"), hours = 2, content = "上门陪伴",
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();
        // An activity whose organiser is only a name stays unlinked.
        await officer.NewActivityAsync(start, title: "未登记单位的活动");

        var shown = await (await officer.GetAsync($"/api/volunteer/organisers/{organiser.Id()}")).JsonAsync();
        Assert.Equal(1, shown.GetProperty("activities").GetInt32());
        Assert.Equal(2m, shown.GetProperty("confirmedHours").GetDecimal());
        var listed = (await (await officer.GetAsync("/api/volunteer/organisers?q=助老")).JsonAsync()).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(1, listed.GetProperty("activities").GetInt32());
    }

    [Fact]
    public async Task A_team_registers_as_an_organiser_under_its_name_and_names_are_unique_and_checked()
    {
        var officer = host.Client(Staff.Officer);
        var team = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "东林巡河队", kind = "community", divisionCode = TestDistricts.VillageOfDonglin, organiser = "东林社区居民委员会", leader = "赵队长",
        })).JsonAsync(HttpStatusCode.Created);
        var organiser = await (await officer.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/organiser", new { personInCharge = "赵队长", contact = "13800000001" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("东林巡河队", "team", team.Id()), (organiser.Text("name"), organiser.Text("kind"), organiser.Text("teamId")));
        var twice = await officer.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/organiser", new { personInCharge = "赵队长", contact = "13800000001" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        // Another town's team is not the Wansheng clerk's to register.
        var elsewhere = await host.Client(Staff.WanshengClerk).PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/organiser", new { personInCharge = "甲", contact = "1" });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        var bad = await (await officer.PostAsJsonAsync("/api/volunteer/organisers", new
        {
            name = " ", kind = "club", divisionCode = "999999999999", personInCharge = "", contact = "",
        })).JsonAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "kind", "divisionCode", "personInCharge", "contact" }) Assert.True(bad.HasError(field), field);
        var noCode = await (await officer.PostAsJsonAsync("/api/volunteer/organisers", new
        {
            name = "某协会", kind = "social-organisation", divisionCode = TestDistricts.VillageOfWansheng, personInCharge = "甲", contact = "13800000002",
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noCode.HasError("creditCode"));
    }

    [Theory]
    [InlineData("social-organisation", null, false)]
    [InlineData("other", null, true)]
    [InlineData("social-organisation", "91500110MA5U7ABC1X", false)]
    public void A_social_organisation_needs_a_valid_civil_affairs_credit_code(string kind, string? code, bool valid)
    {
        OrganiserCodes.TryParseKind(kind, out var k);
        var errors = new FieldErrors();
        var fixedCode = code is null ? null : code[..17] + Sdk.Registry.CreditCode.CheckCharacter(code.AsSpan(0, 17));
        OrganiserRules.CreditCode(errors, fixedCode, k);
        Assert.Equal(valid, !errors.HasErrors);
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_refused_for_any_kind()
    {
        var good = CreditCode("0MJ7654321");
        var wrong = SyntheticIds.WithWrongCheck(good);
        var errors = new FieldErrors();
        Assert.Null(OrganiserRules.CreditCode(errors, wrong, OrganiserKind.Other));
        Assert.True(errors.Has("creditCode"));
        Assert.Equal(good, OrganiserRules.CreditCode(new FieldErrors(), good, OrganiserKind.SocialOrganisation));
    }
}
