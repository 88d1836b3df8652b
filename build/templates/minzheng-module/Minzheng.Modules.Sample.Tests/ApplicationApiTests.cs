using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Sample.Tests;

/// <summary>The applications feature through the real host: HTTP in, database, audit trail and outbox out.</summary>
public sealed class ApplicationApiTests(SampleHost host) : IClassFixture<SampleHost>
{
    [Fact]
    public async Task An_application_is_filed_and_closed_with_its_history_an_event_and_an_audit_trail()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var idNumber = SyntheticIds.NextIdNumber();
        var filed = await (await clerk.FileAsync(idNumber: idNumber)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("submitted", filed.Text("status"));
        Assert.Equal(1, filed.Version());
        Assert.Equal("2026-06-01", filed.Text("submittedOn"));
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], filed.Text("idNumber"));
        var id = filed.Id();

        var stale = await clerk.PostAsJsonAsync($"/api/sample/applications/{id}/close/{filed.Version() + 1}", new { outcome = "已办理" });
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var noOutcome = await clerk.PostAsJsonAsync($"/api/sample/applications/{id}/close/{filed.Version()}", new { outcome = " " });
        Assert.True((await noOutcome.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.DoesNotContain(await host.OutboxAsync("sample.application-closed"), e => e.GetProperty("applicationId").GetString() == id);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var closed = await (await clerk.PostAsJsonAsync($"/api/sample/applications/{id}/close/{filed.Version()}", new { outcome = "已办理" })).JsonAsync();
        Assert.Equal("closed", closed.Text("status"));
        Assert.Equal("2026-06-02", closed.Text("closedOn"));
        Assert.Equal(2, closed.Version());
        var shown = await (await clerk.GetAsync($"/api/sample/applications/{id}")).JsonAsync();
        Assert.Equal(["受理", "办结"], shown.GetProperty("history").EnumerateArray().Select(s => s.Text("title")));
        Assert.Equal("已办理", shown.GetProperty("history")[1].Text("note"));

        var again = await clerk.PostAsJsonAsync($"/api/sample/applications/{id}/close/{closed.Version()}", new { outcome = "再次办结" });
        Assert.Contains("只有待办结的申请可以办结", (await again.JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        var published = Assert.Single(await host.OutboxAsync("sample.application-closed"), e => e.GetProperty("applicationId").GetString() == id);
        Assert.Equal("2026-06-02", published.Text("closedOn"));

        var audit = await (await host.Client(Staff.Auditor).GetAsync($"/api/platform/audit?source=sample&entity=Application&key={id}")).JsonAsync();
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["updated", "created"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e => Assert.DoesNotContain(idNumber, e.GetRawText()));
    }

    [Fact]
    public async Task The_list_is_paged_on_the_server_and_searched()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var name = "分页" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++)
        {
            await (await clerk.FileAsync(name: $"{name}{i}")).JsonAsync(HttpStatusCode.Created);
        }
        var first = await (await clerk.GetAsync($"/api/sample/applications?name={name}&pageSize=2")).JsonAsync();
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        var second = await (await clerk.GetAsync($"/api/sample/applications?name={name}&pageSize=2&page=2")).JsonAsync();
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var all = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.Text("applicantName"));
        Assert.Equal([$"{name}0", $"{name}1", $"{name}2"], all.Order());

        var closedOnes = await (await clerk.GetAsync($"/api/sample/applications?name={name}&status=closed")).JsonAsync();
        Assert.Equal(0, closedOnes.GetProperty("total").GetInt32());
        var unknown = await clerk.GetAsync("/api/sample/applications?status=lost");
        Assert.True((await unknown.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task A_clerk_sees_and_files_within_their_own_scope_only()
    {
        var filed = await (await host.Client(Staff.WanshengClerk).FileAsync()).JsonAsync(HttpStatusCode.Created);
        var donglin = host.Client(Staff.DonglinClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await donglin.GetAsync($"/api/sample/applications/{filed.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await donglin.PostAsJsonAsync($"/api/sample/applications/{filed.Id()}/close/1", new { outcome = "越权" })).StatusCode);
        var list = await (await donglin.GetAsync("/api/sample/applications?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.Id() == filed.Id());
        var outside = await (await donglin.FileAsync(village: TestDistricts.VillageOfWansheng)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("申请人所在村（居）不在您的辖区内", outside.GetProperty("errors").GetProperty("divisionCode")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await host.Client(Staff.Reader).GetAsync($"/api/sample/applications/{filed.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Reader).FileAsync()).StatusCode);
    }

    [Fact]
    public async Task Input_errors_are_field_problems_in_chinese()
    {
        var response = await host.Client(Staff.WanshengClerk).PostAsJsonAsync("/api/sample/applications",
            new { applicantName = "", idNumber = "500110197001011234", divisionCode = TestDistricts.TownWansheng + "999", subject = new string('长', 201) });
        var errors = (await response.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("请填写申请人姓名", errors.GetProperty("applicantName")[0].GetString());
        Assert.True(errors.TryGetProperty("idNumber", out _));
        Assert.Equal("本区没有这个村（居）", errors.GetProperty("divisionCode")[0].GetString());
        Assert.Equal("申请事项不能超过200个字", errors.GetProperty("subject")[0].GetString());
    }

    [Fact]
    public async Task The_module_does_not_exist_in_a_district_that_has_not_enabled_it() =>
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync("/api/sample/applications")).StatusCode);

    [Fact]
    public async Task Every_route_has_a_name_and_a_summary_in_the_API_reference() =>
        Assert.Empty(await RouteContracts.UndocumentedAsync(host.Client(Staff.Reader), "sample"));

    [Fact]
    public async Task The_host_serves_the_pages_each_clerk_may_open()
    {
        static async Task<List<string?>> PagesOf(HttpClient client)
        {
            var manifest = await (await client.GetAsync("/api/platform/ui")).JsonAsync();
            return manifest.GetProperty("modules").EnumerateArray().Single(m => m.Text("id") == "sample")
                .GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        }
        // Every real session holds platform.self, which the UI manifest asks for; a test identity is given it explicitly.
        static TestStaff Signed(TestStaff staff) => staff with { Permissions = [.. staff.Permissions, PlatformPermissions.Self] };

        Assert.Equal(["applications", "new-application", "application"], await PagesOf(host.Client(Signed(Staff.WanshengClerk))));
        Assert.Equal(["applications", "application"], await PagesOf(host.Client(Signed(Staff.Reader))));
        var manifest = await (await host.Client(Signed(Staff.WanshengClerk)).GetAsync("/api/platform/ui")).Content.ReadAsStringAsync();
        Assert.Contains("示例模块", manifest);
    }
}
