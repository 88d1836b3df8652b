using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task The_forms_pick_from_the_registered_organisers_by_name_and_a_dissolved_teams_is_not_offered()
    {
        var officer = host.Client(Staff.Officer);
        var committee = await RegisterAsync(officer, "选项甲社区居民委员会");
        var team = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "选项乙巡河队", kind = "community", divisionCode = TestDistricts.VillageOfWansheng, organiserId = committee.Id(), leader = "钱队长",
        })).JsonAsync(HttpStatusCode.Created);
        var teamOrganiser = await (await officer.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/organiser", new { personInCharge = "钱队长", contact = "13800000003" }))
            .JsonAsync(HttpStatusCode.Created);

        var options = (await (await host.Client(Staff.Reader).GetAsync("/api/volunteer/organisers/options")).JsonAsync()).EnumerateArray().ToList();
        var offered = options.Single(o => o.Id() == committee.Id());
        Assert.Equal(("选项甲社区居民委员会", "选项甲社区居民委员会（村（居）民委员会）"), (offered.Text("name"), offered.Text("label")));
        Assert.Equal("选项乙巡河队（志愿服务队伍）", options.Single(o => o.Id() == teamOrganiser.Id()).Text("label"));
        Assert.Equal(options.Select(o => o.Text("name")).Order(StringComparer.Ordinal), options.Select(o => o.Text("name")), StringComparer.Ordinal);

        var dissolved = await (await officer.GetAsync($"/api/volunteer/teams/{team.Id()}")).JsonAsync();
        await (await officer.PostAsync($"/api/volunteer/teams/{team.Id()}/dissolve/{dissolved.Version()}", null)).JsonAsync();
        options = (await (await officer.GetAsync("/api/volunteer/organisers/options")).JsonAsync()).EnumerateArray().ToList();
        Assert.DoesNotContain(options, o => o.Id() == teamOrganiser.Id());
        var start = host.Clock.GetUtcNow().AddDays(1);
        var refused = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiserId: teamOrganiser.Id()))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已撤销", refused.GetProperty("errors").GetProperty("organiserId")[0].GetString());
    }

    [Fact]
    public async Task An_activity_and_a_team_name_the_organiser_picked_and_a_typed_name_stays_possible()
    {
        var officer = host.Client(Staff.Officer);
        var committee = await RegisterAsync(officer, "选择丙社区居民委员会");
        var start = host.Clock.GetUtcNow().AddDays(2);

        var picked = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiserId: committee.Id()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("选择丙社区居民委员会", committee.Id()), (picked.Text("organiser"), picked.Text("organiserId")));
        // Typed as before: a body not registered stays a name; a registered one's name is linked as if picked.
        var typed = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiser: "未登记的文明实践站"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("未登记的文明实践站", JsonValueKind.Null), (typed.Text("organiser"), typed.GetProperty("organiserId").ValueKind));
        var named = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiser: "选择丙社区居民委员会"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(committee.Id(), named.Text("organiserId"));
        Assert.Equal(2, (await (await officer.GetAsync($"/api/volunteer/organisers/{committee.Id()}")).JsonAsync()).GetProperty("activities").GetInt32());

        var unknown = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiserId: Guid.NewGuid().ToString()))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.HasError("organiserId"));
        var both = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiserId: committee.Id(), organiser: "另一个单位"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(both.HasError("organiser"));
        var neither = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("请选择已登记的组织单位", neither.GetProperty("errors").GetProperty("organiser")[0].GetString());

        // A team's organiser picked brings the team to the activity.
        var team = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "选择丁服务队", kind = "community", divisionCode = TestDistricts.VillageOfWansheng, organiserId = committee.Id(), leader = "孙队长",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("选择丙社区居民委员会", committee.Id()), (team.Text("organiser"), team.Text("organiserId")));
        var teamOrganiser = await (await officer.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/organiser", new { personInCharge = "孙队长", contact = "13800000004" }))
            .JsonAsync(HttpStatusCode.Created);
        var byTeam = await (await officer.PostAsJsonAsync("/api/volunteer/activities", Activity(start, organiserId: teamOrganiser.Id()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(team.Id(), byTeam.Text("teamId"));

        var typedTeam = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "选择戊服务队", kind = "other", divisionCode = TestDistricts.VillageOfWansheng, organiser = "某某学校", leader = "周老师",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("某某学校", JsonValueKind.Null), (typedTeam.Text("organiser"), typedTeam.GetProperty("organiserId").ValueKind));
        var noFounder = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "选择己服务队", kind = "other", divisionCode = TestDistricts.VillageOfWansheng, leader = "吴老师",
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noFounder.HasError("organiser"));
    }

    [Fact]
    public async Task A_certificates_issuer_comes_from_the_organiser_picked_and_its_numbers_run_per_issuer()
    {
        var officer = host.Client(Staff.Officer);
        var committee = await RegisterAsync(officer, "出具庚社区居民委员会", "郑主任", "023-48290000");
        var volunteer = await officer.NewVolunteerAsync(name: "出具测试");
        var record = await officer.EnterHoursAsync(host, volunteer, 3);
        await (await officer.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();

        var first = await (await IssueAsync(officer, volunteer, new { organiserId = committee.Id(), handler = "冯经办" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("出具庚社区居民委员会", committee.Id()), (first.Text("issuer"), first.Text("organiserId")));
        Assert.Equal(("郑主任", "023-48290000"), (first.Text("personInCharge"), first.Text("issuerContact")));
        // What the form says wins over what the register holds.
        var second = await (await IssueAsync(officer, volunteer, new { organiserId = committee.Id(), personInCharge = "郑副主任", handler = "冯经办" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("郑副主任", "023-48290000"), (second.Text("personInCharge"), second.Text("issuerContact")));
        // Numbered per issuer: the next one of this issuer, while another issuer (typed, not registered) starts its own.
        Assert.Equal(Sequence(first) + 1, Sequence(second));
        var typed = await (await IssueAsync(officer, volunteer, new
        {
            issuer = "出具辛未登记单位", personInCharge = "陈主任", handler = "冯经办", issuerContact = "023-48290001",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("出具辛未登记单位", JsonValueKind.Null, 1), (typed.Text("issuer"), typed.GetProperty("organiserId").ValueKind, Sequence(typed)));
        Assert.Equal(2, (await (await officer.GetAsync($"/api/volunteer/organisers/{committee.Id()}")).JsonAsync()).GetProperty("certificates").GetInt32());

        var neither = await (await IssueAsync(officer, volunteer, new { handler = "冯经办" })).JsonAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "issuer", "personInCharge", "issuerContact" }) Assert.True(neither.HasError(field), field);
        var unknown = await (await IssueAsync(officer, volunteer, new { organiserId = Guid.NewGuid(), handler = "冯经办" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.HasError("organiserId"));
    }

    private static int Sequence(JsonElement certificate) => int.Parse(certificate.Text("number")[^6..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> RegisterAsync(HttpClient officer, string name, string personInCharge = "李主任", string contact = "023-48280000") =>
        await (await officer.PostAsJsonAsync("/api/volunteer/organisers", new
        {
            name, kind = "village-committee", divisionCode = TestDistricts.VillageOfWansheng, personInCharge, contact,
        })).JsonAsync(HttpStatusCode.Created);

    private static object Activity(DateTimeOffset start, string? organiserId = null, string? organiser = null) => new
    {
        title = "组织单位选择测试", organiserId, organiser, divisionCode = TestDistricts.VillageOfWansheng, place = "社区活动室", startsAt = start, endsAt = start.AddHours(2),
        description = "测试", positionName = "服务员", wanted = 2,
    };

    private static Task<HttpResponseMessage> IssueAsync(HttpClient officer, JsonElement volunteer, object issuer)
    {
        var body = JsonSerializer.SerializeToNode(issuer)!.AsObject();
        body["volunteerNumber"] = volunteer.Text("number");
        body["from"] = "2026-01-01";
        return officer.PostAsJsonAsync("/api/volunteer/certificates", body);
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
