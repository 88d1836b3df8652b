using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Charity.Recognition;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>慈善组织认定 through the real host: the organisation from the copy, the deadline, the grounds, the decision.</summary>
public sealed class RecognitionTests(CharityHost host) : IClassFixture<CharityHost>
{
    private readonly HttpClient _officer = host.Client(Staff.Officer);

    [Fact]
    public async Task An_existing_organisation_is_recognised_within_twenty_working_days_and_becomes_a_charity()
    {
        var organisation = (await host.RegisterOrganisationAsync()).Id();
        var accepted = await (await _officer.ApplyAsync(organisation)).JsonAsync(HttpStatusCode.Created);
        // 2026-06-01 is a Monday: twenty working days later (no holidays configured) is Monday 2026-06-29.
        Assert.Equal("2026-06-29", accepted.Text("dueOn"));
        Assert.Equal("on-time", accepted.Text("deadline"));
        Assert.Equal("未发现不予认定的情形", accepted.Text("groundsText"));
        var again = await (await _officer.ApplyAsync(organisation)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已有一份待决定的认定申请", again.Text("detail"));

        var stale = await _officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version() + 1}", new { recognise = true });
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var decided = await (await _officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version()}", new { recognise = true }))
            .JsonAsync();
        Assert.Equal("recognised", decided.Text("status"));
        Assert.Equal("在期限内作出决定", decided.Text("deadlineText"));
        var copy = await (await _officer.GetAsync($"/api/charity/organisations/{organisation}")).JsonAsync();
        Assert.Equal("recognised", copy.Text("standing"));
        Assert.Equal("2026-06-01", copy.Text("recognisedOn"));
        Assert.Single(await host.OutboxAsync("charity.recognised"), e => e.Text("organisationId") == organisation);
        Assert.Contains("已于2026-06-01认定为慈善组织", (await (await _officer.ApplyAsync(organisation)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
    }

    [Fact]
    public async Task A_new_registration_has_thirty_days_and_needs_no_figures()
    {
        var organisation = (await host.RegisterOrganisationAsync("social-group", registeredOn: new DateOnly(2026, 6, 1))).Id();
        var accepted = await (await _officer.PostAsJsonAsync("/api/charity/recognitions",
            new { organisationId = organisation, newRegistration = true, purpose = "扶贫济困", charitablePurpose = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-07-13", accepted.Text("dueOn"));
    }

    [Fact]
    public void The_deadline_is_in_working_days_of_the_calendar_or_in_calendar_days_as_configured()
    {
        var holidays = new HolidayCalendar(new HashSet<DateOnly> { new(2026, 6, 19) }, new HashSet<DateOnly>());
        var working = new RecognitionOptions { Calendar = holidays };
        Assert.Equal(new DateOnly(2026, 6, 30), RecognitionRules.DueOn(new DateOnly(2026, 6, 1), false, working));
        var calendar = new RecognitionOptions { WorkingDays = false };
        Assert.Equal(new DateOnly(2026, 6, 21), RecognitionRules.DueOn(new DateOnly(2026, 6, 1), false, calendar));
        Assert.Equal(new DateOnly(2026, 7, 1), RecognitionRules.DueOn(new DateOnly(2026, 6, 1), true, calendar));
        Assert.Equal("on-time", RecognitionRules.Deadline(new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 15), calendar));
        Assert.Equal("near", RecognitionRules.Deadline(new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 16), calendar));
        Assert.Equal("near", RecognitionRules.Deadline(new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 21), calendar));
        Assert.Equal("overdue", RecognitionRules.Deadline(new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 22), calendar));
    }

    [Fact]
    public async Task An_organisation_on_the_abnormal_list_is_not_recognised_and_is_refused_with_reasons()
    {
        var organisation = (await host.RegisterOrganisationAsync()).Id();
        await host.ListAsync(organisation, enteredOn: "2026-05-20");
        var accepted = await (await _officer.ApplyAsync(organisation)).JsonAsync(HttpStatusCode.Created);
        Assert.Contains("已列入活动异常名录（2026-05-20", accepted.Text("groundsText"));
        var refused = await (await _officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version()}", new { recognise = true }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("存在不予认定的情形", refused.Text("detail"));
        var noReasons = await _officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version()}", new { recognise = false });
        Assert.True((await noReasons.JsonAsync(HttpStatusCode.BadRequest)).HasError("reasons"));
        var decided = await (await _officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version()}",
            new { recognise = false, reasons = "该组织被列入活动异常名录" })).JsonAsync();
        Assert.Equal("refused", decided.Text("status"));
        Assert.Equal("该组织被列入活动异常名录", decided.Text("reasons"));
        Assert.Equal("registered", (await (await _officer.GetAsync($"/api/charity/organisations/{organisation}")).JsonAsync()).Text("standing"));
    }

    [Fact]
    public async Task A_penalty_within_two_years_before_the_application_is_a_ground_and_an_older_one_is_not()
    {
        var recent = (await host.RegisterOrganisationAsync(registeredOn: new DateOnly(2020, 1, 1))).Id();
        await host.PenaliseAsync(recent, "2024-06-01");
        var old = (await host.RegisterOrganisationAsync(registeredOn: new DateOnly(2020, 1, 1))).Id();
        await host.PenaliseAsync(old, "2024-05-31");
        Assert.Contains("申请前2年内受到行政处罚（2024-06-01）", (await (await _officer.ApplyAsync(recent)).JsonAsync(HttpStatusCode.Created)).Text("groundsText"));
        Assert.Equal("未发现不予认定的情形", (await (await _officer.ApplyAsync(old)).JsonAsync(HttpStatusCode.Created)).Text("groundsText"));
    }

    [Fact]
    public void A_purpose_that_is_not_charitable_and_ratios_just_outside_the_thresholds_are_grounds()
    {
        var options = new RecognitionOptions();
        var day = new DateOnly(2026, 6, 1);
        var justIn = new RecognitionApplication
        {
            AcceptedOn = day, CharitablePurpose = true, LastYearSpending = 100_000m, LastYearCharitableSpending = 70_000m, LastYearManagementCosts = 13_000m,
        };
        Assert.Empty(RecognitionRules.Grounds(justIn, [], [], day, options));
        var justOut = new RecognitionApplication
        {
            AcceptedOn = day, CharitablePurpose = false, LastYearSpending = 100_000m, LastYearCharitableSpending = 69_999.99m, LastYearManagementCosts = 13_000.01m,
        };
        Assert.Equal(["章程规定的宗旨不是以开展慈善活动为宗旨", "上年度慈善活动支出占支出合计69.99%，低于70.00%", "上年度管理费用占支出合计13.01%，高于13.00%"],
            RecognitionRules.Grounds(justOut, [], [], day, options));
        Assert.DoesNotContain(RecognitionRules.Grounds(justOut, [], [], day, new RecognitionOptions { MinCharitableShare = 0.6m, MaxManagementShare = 0.2m }),
            g => g.Contains('%', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Input_errors_are_field_problems_and_a_deregistered_organisation_cannot_apply()
    {
        var bad = await (await _officer.PostAsJsonAsync("/api/charity/recognitions", new { purpose = "" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("organisationId"));
        Assert.True(bad.HasError("purpose"));
        Assert.True(bad.HasError("lastYearSpending"));
        var registered = await host.RegisterOrganisationAsync();
        await (await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/socialorg/organisations/{registered.Id()}/deregister/{registered.Version()}", new { reason = "解散" }))
            .JsonAsync();
        await host.Host.DispatchEventsAsync();
        Assert.Contains("注销登记", (await (await _officer.ApplyAsync(registered.Id())).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).ApplyAsync(registered.Id())).StatusCode);
    }

    [Fact]
    public async Task An_application_near_or_past_its_deadline_is_waiting_work_and_listed_so()
    {
        var organisation = (await host.RegisterOrganisationAsync()).Id();
        var accepted = await (await _officer.ApplyAsync(organisation, acceptedOn: "2026-05-01")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("overdue", accepted.Text("deadline"));
        var overdue = await (await _officer.GetAsync("/api/charity/recognitions?deadline=overdue&pageSize=200")).JsonAsync();
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), r => r.Id() == accepted.Id());
        var officer = host.Client(Staff.Officer with { Permissions = [.. Staff.Officer.Permissions, PlatformPermissions.Self] });
        var work = await (await officer.GetAsync("/api/platform/work")).JsonAsync();
        var item = work.GetProperty("items").EnumerateArray().Single(w => w.Text("key") == "charity.recognitions-due");
        Assert.True(item.GetProperty("overdue").GetInt32() >= 1);
    }
}

/// <summary>Recognition calls the tests repeat.</summary>
internal static class RecognitionApi
{
    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, string organisationId, string? acceptedOn = null) =>
        client.PostAsJsonAsync("/api/charity/recognitions", new
        {
            organisationId, newRegistration = false, purpose = "开展扶贫、济困、扶老、救孤等慈善活动", charitablePurpose = true,
            lastYearSpending = 500_000m, lastYearCharitableSpending = 420_000m, lastYearManagementCosts = 40_000m, acceptedOn,
        });

    /// <summary>Registers an organisation in socialorg and has it recognised; answers its id.</summary>
    public static async Task<string> RecognisedOrganisationAsync(this CharityHost host, string village = TestDistricts.VillageOfWansheng)
    {
        var officer = host.Client(Staff.Officer);
        var organisation = (await host.RegisterOrganisationAsync(village: village)).Id();
        var accepted = await (await officer.ApplyAsync(organisation)).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/charity/recognitions/{accepted.Id()}/decide/{accepted.Version()}", new { recognise = true })).JsonAsync();
        return organisation;
    }
}
