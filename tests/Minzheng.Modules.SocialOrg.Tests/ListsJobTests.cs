using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The lists' daily job: what staff must decide appears when the clock reaches its day, not before, and goes when done.</summary>
public sealed class ListsJobTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task Removal_after_the_late_report_and_escalation_after_two_years_appear_as_work_when_due_and_not_before()
    {
        var registrar = host.Client(Staff.Registrar);
        var late = await (await registrar.RegisterAsync(name: "名录补报会", registeredOn: new DateOnly(2023, 3, 1))).JsonAsync(HttpStatusCode.Created);
        var entry = await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{late.Id()}/list-entries",
            new { list = "abnormal", cause = "未按规定报送2025年度年检报告", decisionNumber = "万民社〔2026〕30号" })).JsonAsync(HttpStatusCode.Created);
        var long_ = await (await registrar.RegisterAsync(name: "名录两年会", registeredOn: new DateOnly(2020, 3, 1))).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{long_.Id()}/list-entries",
            new { list = "abnormal", cause = "通过登记的住所无法联系", decisionNumber = "万民社〔2024〕3号", enteredOn = "2024-06-05" })).JsonAsync(HttpStatusCode.Created);

        // 2026-06-01: the report has not arrived and two years are not up: nothing to decide.
        await host.Host.RunJobsAsync();
        Assert.Empty(await RemindersAsync(registrar, late));
        Assert.Empty(await RemindersAsync(registrar, long_));
        Assert.DoesNotContain(await WorkAsync(registrar), i => i.Text("key").StartsWith("socialorg.removal", StringComparison.Ordinal)
            || i.Text("key").StartsWith("socialorg.escalation", StringComparison.Ordinal));

        // The late report arrives (Tuesday 2026-06-02): removal due within 5 working days, by Tuesday 2026-06-09.
        host.Clock.Advance(TimeSpan.FromDays(1));
        await (await registrar.PostAsJsonAsync("/api/socialorg/inspections",
            new { creditCode = late.Text("creditCode"), year = 2025, income = 1, spending = 1, staffCount = 1, partyOrganisation = false })).JsonAsync(HttpStatusCode.Created);
        Assert.Empty(await RemindersAsync(registrar, late));  // not before the job has run
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Host.RunJobsAsync();
        var removal = Assert.Single(await RemindersAsync(registrar, late));
        Assert.Equal("removal-due", removal.Text("kind"));
        Assert.Equal("2026-06-09", removal.Text("dueOn"));
        Assert.Empty(await RemindersAsync(registrar, long_));
        var work = Assert.Single(await WorkAsync(registrar), i => i.Text("key") == "socialorg.removal-due");
        Assert.Equal(0, work.GetProperty("overdue").GetInt32());
        Assert.DoesNotContain(await WorkAsync(host.Client(Staff.WanshengClerk)), i => i.Text("key") == "socialorg.removal-due");

        // 2026-06-05: two years on the 活动异常名录 — escalation due, a staff decision (AutoEscalate off); the removal still in time.
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.Host.RunJobsAsync();
        var escalation = Assert.Single(await RemindersAsync(registrar, long_));
        Assert.Equal("escalation-due", escalation.Text("kind"));
        var entries = (await (await registrar.GetAsync("/api/socialorg/list-entries?list=serious&pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(entries, e => e.Text("organisationId") == long_.Id());

        // Past the removal's day the work item counts it overdue; removed, the next run resolves it.
        host.Clock.Advance(TimeSpan.FromDays(5));
        await host.Host.RunJobsAsync();
        Assert.Equal(1, (await WorkAsync(registrar)).Single(i => i.Text("key") == "socialorg.removal-due").GetProperty("overdue").GetInt32());
        await (await registrar.PostAsJsonAsync($"/api/socialorg/list-entries/{entry.Id()}/remove/{entry.Version()}", new { reason = "已补报年检报告" })).JsonAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Host.RunJobsAsync();
        Assert.Empty(await RemindersAsync(registrar, late));
        Assert.DoesNotContain(await WorkAsync(registrar), i => i.Text("key") == "socialorg.removal-due");
    }

    [Fact]
    public async Task The_credit_lists_are_exported_with_the_search()
    {
        var registrar = host.Client(Staff.Registrar);
        var response = await registrar.GetAsync("/api/socialorg/list-entries.xlsx?list=abnormal&active=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<List<JsonElement>> RemindersAsync(HttpClient client, JsonElement organisation) =>
        [.. (await (await client.GetAsync("/api/socialorg/list-reminders?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(r => r.Text("organisationId") == organisation.Id())];

    private static async Task<List<JsonElement>> WorkAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray()];
}
