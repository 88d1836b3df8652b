using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

public sealed class ApplicationApiTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task An_application_goes_through_town_review_public_notice_and_district_approval_with_every_step_recorded()
    {
        var (_, idNumber) = await host.PersonAsync();
        var created = await (await host.Client(Staff.VillageClerk).ApplyAsync(idNumber)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("submitted", created.Status());
        Assert.Equal(1, created.Version());
        Assert.Equal(1, (await (await host.Client(Staff.VillageClerk).GetAsync($"/api/disability/applications/{created.Id()}")).JsonAsync()).Version());
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], created.GetProperty("idNumber").GetString());
        Assert.Equal(2, created.GetProperty("documents").GetArrayLength());
        var id = created.Id();

        var officer = host.Client(Staff.Officer);
        // Deciding before the town reviewed is an illegal transition.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/disability/applications/{id}/decide/approve/{created.Version()}", new { })).StatusCode);

        var town = host.Client(Staff.TownClerk);
        var stale = await town.PostAsJsonAsync($"/api/disability/applications/{id}/review/pass/{created.Version() + 5}", new { });
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var inNotice = await (await town.PostAsJsonAsync($"/api/disability/applications/{id}/review/pass/{created.Version()}", new { })).JsonAsync();
        Assert.Equal("in-notice", inNotice.Status());
        Assert.Equal(host.Today.AddDays(7).ToString("yyyy-MM-dd"), inNotice.GetProperty("noticeEndsOn").GetString());

        var early = await officer.PostAsJsonAsync($"/api/disability/applications/{id}/decide/approve/{inNotice.Version()}", new { });
        Assert.Contains("公示期满后", (await early.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        host.Advance(8);
        var approved = await (await officer.PostAsJsonAsync($"/api/disability/applications/{id}/decide/approve/{inNotice.Version()}", new { })).JsonAsync();
        Assert.Equal("approved", approved.Status());
        Assert.Equal(100m, approved.GetProperty("monthlyAmount").GetDecimal());
        Assert.Equal("2026-06", approved.GetProperty("paidFromMonth").GetString());

        var history = approved.GetProperty("history").EnumerateArray().Select(s => (s.GetProperty("title").GetString(), s.GetProperty("by").GetString())).ToList();
        Assert.Equal(["受理", "镇街审核通过，开始公示", "区民政审批通过"], history.Select(h => h.Item1));
        Assert.Equal(["村居测试员", "镇街测试员", "区经办人"], history.Select(h => h.Item2));

        // Approved is final for review: reviewing again is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsJsonAsync($"/api/disability/applications/{id}/review/pass/{approved.Version()}", new { })).StatusCode);
    }

    [Fact]
    public async Task An_ineligible_person_is_refused_naming_the_failed_rule()
    {
        var (_, withoutDibao) = await host.PersonAsync(dibao: false);
        var problem = await (await host.Client(Staff.VillageClerk).ApplyAsync(withoutDibao)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("不符合补贴条件", problem.GetProperty("title").GetString());
        Assert.Equal("生活补贴限低保家庭的残疾人", problem.GetProperty("errors").GetProperty("welfare")[0].GetString());

        var (_, grade3) = await host.PersonAsync(grade: 3);
        var care = await (await host.Client(Staff.VillageClerk).ApplyAsync(grade3, "care")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(care.GetProperty("errors").TryGetProperty("grade", out _));
        Assert.Equal("grade", care.GetProperty("rules")[0].GetString());
    }

    [Fact]
    public async Task Input_errors_are_field_problems_in_chinese()
    {
        var response = await host.Client(Staff.VillageClerk).PostAsJsonAsync("/api/disability/applications",
            new { idNumber = "500110197001011234", kind = "other", bankAccount = "12" });
        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("idNumber", out _));
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("bankName", out _));
        Assert.Contains("银行账号", errors.GetProperty("bankAccount")[0].GetString());
    }

    [Fact]
    public async Task Each_step_is_refused_to_the_wrong_level_and_outside_the_scope()
    {
        var (_, idNumber) = await host.PersonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Officer).ApplyAsync(idNumber)).StatusCode);
        var created = await (await host.Client(Staff.TownClerk).ApplyAsync(idNumber)).JsonAsync(HttpStatusCode.Created);
        var review = $"/api/disability/applications/{created.Id()}/review/pass/1";
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Officer).PostAsJsonAsync(review, new { })).StatusCode);
        // Another town does not even see it.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.DonglinClerk).PostAsJsonAsync(review, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.DonglinClerk).GetAsync($"/api/disability/applications/{created.Id()}")).StatusCode);
        var inNotice = await (await host.Client(Staff.TownClerk).PostAsJsonAsync(review, new { })).JsonAsync();
        host.Advance(8);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.TownClerk with { Permissions = ["disability.decide"] })
            .PostAsJsonAsync($"/api/disability/applications/{created.Id()}/decide/approve/{inNotice.Version()}", new { })).StatusCode);
        // Without the permission at all: refused by the platform.
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Checker).PostAsJsonAsync($"/api/disability/applications/{created.Id()}/decide/approve/{inNotice.Version()}", new { })).StatusCode);
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_is_final()
    {
        var (_, idNumber) = await host.PersonAsync();
        var created = await (await host.Client(Staff.VillageClerk).ApplyAsync(idNumber)).JsonAsync(HttpStatusCode.Created);
        var town = host.Client(Staff.TownClerk);
        var noReason = await town.PostAsJsonAsync($"/api/disability/applications/{created.Id()}/review/reject/1", new { });
        Assert.True((await noReason.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("note", out _));
        var rejected = await (await town.PostAsJsonAsync($"/api/disability/applications/{created.Id()}/review/reject/1", new { note = "经入户核查，材料不实" })).JsonAsync();
        Assert.Equal("rejected", rejected.Status());
        Assert.Equal("经入户核查，材料不实", rejected.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsJsonAsync($"/api/disability/applications/{created.Id()}/review/pass/{rejected.Version()}", new { })).StatusCode);
        // A rejected application does not block a new one.
        Assert.Equal(HttpStatusCode.Created, (await host.Client(Staff.VillageClerk).ApplyAsync(idNumber)).StatusCode);
    }

    [Fact]
    public async Task A_second_open_application_for_the_same_subsidy_is_a_conflict_but_both_subsidies_may_be_held()
    {
        var (_, idNumber) = await host.PersonAsync();
        var clerk = host.Client(Staff.VillageClerk);
        Assert.Equal(HttpStatusCode.Created, (await clerk.ApplyAsync(idNumber, "living")).StatusCode);
        Assert.Equal("重复申请", (await (await clerk.ApplyAsync(idNumber, "living")).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Created, (await clerk.ApplyAsync(idNumber, "care")).StatusCode);
    }

    [Fact]
    public async Task Lists_keep_to_the_caller_scope()
    {
        var (_, wansheng) = await host.PersonAsync(name: "万盛某");
        var (_, donglin) = await host.PersonAsync(Minzheng.Sdk.Testing.TestDistricts.VillageOfDonglin, name: "东林某");
        await (await host.Client(Staff.TownClerk).ApplyAsync(wansheng)).JsonAsync(HttpStatusCode.Created);
        await (await host.Client(Staff.DonglinClerk).ApplyAsync(donglin)).JsonAsync(HttpStatusCode.Created);
        var page = await (await host.Client(Staff.DonglinClerk).GetAsync("/api/disability/applications?pageSize=200")).JsonAsync();
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains("东林某", names);
        Assert.DoesNotContain("万盛某", names);
    }

    [Fact]
    public async Task The_version_a_change_is_based_on_travels_in_the_route_only()
    {
        var (_, idNumber) = await host.PersonAsync();
        var created = await (await host.Client(Staff.VillageClerk).ApplyAsync(idNumber)).JsonAsync(HttpStatusCode.Created);
        var town = host.Client(Staff.TownClerk);
        var review = $"/api/disability/applications/{created.Id()}/review/pass";
        // No version, no change: the route without it does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await town.PostAsJsonAsync(review, new { version = created.Version() })).StatusCode);
        // A version in the body is not read: the route's stale one decides.
        var stale = await town.PostAsJsonAsync($"{review}/{created.Version() + 1}", new { version = created.Version() });
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var passed = await (await town.PostAsJsonAsync($"{review}/{created.Version()}", new { })).JsonAsync();
        Assert.Equal(created.Version() + 1, passed.Version());
        Assert.Equal(passed.Version(), (await (await town.GetAsync($"/api/disability/applications/{created.Id()}")).JsonAsync()).Version());
    }

    [Fact]
    public async Task The_list_is_paged_and_sorted_on_the_server()
    {
        // Letters only, as a name may be: the hex of a new GUID written as 甲乙… characters.
        var prefix = "分页" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('甲' + Convert.ToInt32(c.ToString(), 16))));
        static string Name(string prefix, int daysAgo) => $"{prefix}{(char)('甲' + daysAgo)}";
        var clerk = host.Client(Staff.VillageClerk);
        foreach (var daysAgo in new[] { 2, 3, 1 })
        {
            var (_, idNumber) = await host.PersonAsync(name: Name(prefix, daysAgo));
            await (await clerk.ApplyAsync(idNumber, appliedOn: host.Today.AddDays(-daysAgo))).JsonAsync(HttpStatusCode.Created);
        }
        async Task<(List<string?> Names, int Total, int Page, int PageSize)> PageAsync(string query)
        {
            var page = await (await clerk.GetAsync($"/api/disability/applications?name={prefix}&{query}")).JsonAsync();
            return (page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList(),
                page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32());
        }

        var first = await PageAsync("pageSize=2&sort=appliedOn&order=asc");
        Assert.Equal([Name(prefix, 3), Name(prefix, 2)], first.Names);
        Assert.Equal((3, 1, 2), (first.Total, first.Page, first.PageSize));
        var second = await PageAsync("pageSize=2&page=2&sort=appliedOn&order=asc");
        Assert.Equal([Name(prefix, 1)], second.Names);
        // Latest first when the caller does not say.
        Assert.Equal([Name(prefix, 1), Name(prefix, 2), Name(prefix, 3)], (await PageAsync("")).Names);
        Assert.Equal(PageQuery.MaxPageSize, (await PageAsync("pageSize=100000")).PageSize);
    }
}
