using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Disability.Common;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

public sealed class AnnualReviewAndRegistryTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task Annual_review_lists_everyone_due_and_continues_adjusts_or_stops()
    {
        var (changedId, changed) = await host.PersonAsync(grade: 2, dibao: false, name: "年审调整");
        var (_, unchanged) = await host.PersonAsync(name: "年审继续");
        var (_, stopping) = await host.PersonAsync(name: "年审停发");
        var toAdjust = await host.ApprovedAsync(changed, "care");
        var toContinue = await host.ApprovedAsync(unchanged);
        var toStop = await host.ApprovedAsync(stopping);
        var town = host.Client(Staff.TownClerk);
        Assert.Empty((await (await town.GetAsync("/api/disability/annual-reviews")).JsonAsync()).GetProperty("items").EnumerateArray());

        // Reassessed as grade 1: the entitlement keeps grade 2 until the review adjusts it.
        await host.AddCertificateAsync(changedId, changed, "肢体", 4, 1);
        await host.Host.DispatchEventsAsync();
        Assert.Equal(2, (await (await town.GetAsync($"/api/disability/applications/{toAdjust.Id()}")).JsonAsync()).GetProperty("grade").GetInt32());

        host.SetToday(host.Today.AddYears(1).AddDays(1));
        var due = (await (await town.GetAsync("/api/disability/annual-reviews")).JsonAsync()).GetProperty("items").EnumerateArray().Select(d => d.Id()).ToList();
        Assert.Contains(toAdjust.Id(), due);
        Assert.Contains(toContinue.Id(), due);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(TestStaff.Village(TestDistricts.First, TestDistricts.VillageOfWansheng, "disability.review"))
            .PostAsJsonAsync($"/api/disability/applications/{toContinue.Id()}/annual-review/continue/{toContinue.Version()}", new { })).StatusCode);

        var wrong = await town.PostAsJsonAsync($"/api/disability/applications/{toAdjust.Id()}/annual-review/continue/{toAdjust.Version()}", new { });
        Assert.Contains("应为调整", (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("outcome")[0].GetString());
        var adjusted = await (await town.PostAsJsonAsync($"/api/disability/applications/{toAdjust.Id()}/annual-review/adjust/{toAdjust.Version()}", new { })).JsonAsync();
        Assert.Equal(1, adjusted.GetProperty("grade").GetInt32());
        Assert.Equal(110m, adjusted.GetProperty("monthlyAmount").GetDecimal());
        Assert.Equal(host.Today.AddYears(1).ToString("yyyy-MM-dd"), adjusted.GetProperty("nextReviewOn").GetString());

        var continued = await (await town.PostAsJsonAsync($"/api/disability/applications/{toContinue.Id()}/annual-review/continue/{toContinue.Version()}", new { })).JsonAsync();
        Assert.Equal("approved", continued.Status());
        Assert.Equal("年审：继续享受", continued.GetProperty("history").EnumerateArray().Last().GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await town.PostAsJsonAsync($"/api/disability/applications/{toStop.Id()}/annual-review/stop/{toStop.Version()}", new { })).StatusCode);
        var stopped = await (await town.PostAsJsonAsync($"/api/disability/applications/{toStop.Id()}/annual-review/stop/{toStop.Version()}", new { note = "本人申请停发" })).JsonAsync();
        Assert.Equal("stopped", stopped.Status());
        Assert.Equal(new PayMonth(host.Today.Year * 100 + host.Today.Month).Plus(1).ToString(), stopped.GetProperty("stopsFromMonth").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsJsonAsync($"/api/disability/applications/{toStop.Id()}/annual-review/continue/{stopped.Version()}", new { })).StatusCode);
    }

    [Fact]
    public async Task Losing_dibao_stops_the_living_subsidy_from_the_month_after_it_ended_and_a_redelivery_changes_nothing()
    {
        var (personId, idNumber) = await host.PersonAsync(name: "低保退出");
        var application = await host.ApprovedAsync(idNumber);
        await host.EndDibaoAsync(personId, host.Today.AddDays(-1));
        await host.Host.DispatchEventsAsync();
        var stopped = await (await host.Client(Staff.Officer).GetAsync($"/api/disability/applications/{application.Id()}")).JsonAsync();
        Assert.Equal("stopped", stopped.Status());
        var stopMonth = new PayMonth(host.Today.AddDays(-1).Year * 100 + host.Today.AddDays(-1).Month).Plus(1).ToString();
        Assert.Equal(stopMonth, stopped.GetProperty("stopsFromMonth").GetString());
        Assert.Contains("低保", stopped.GetProperty("reason").GetString());

        // Deaths recorded after the stop move it back only if earlier; the same stop again adds nothing.
        await host.RecordDeathAsync(personId, host.Today);
        await host.Host.DispatchEventsAsync();
        var after = await (await host.Client(Staff.Officer).GetAsync($"/api/disability/applications/{application.Id()}")).JsonAsync();
        Assert.Equal(stopMonth, after.GetProperty("stopsFromMonth").GetString());
        Assert.Equal(stopped.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Moving_out_stops_payment_from_the_next_month_and_ends_an_application_still_in_progress()
    {
        var (movedId, moved) = await host.PersonAsync(name: "迁出");
        var (pendingId, pending) = await host.PersonAsync(name: "办理中迁出");
        var entitlement = await host.ApprovedAsync(moved);
        var inProgress = await (await host.Client(Staff.VillageClerk).ApplyAsync(pending)).JsonAsync(HttpStatusCode.Created);
        await host.RecordMovedOutAsync(movedId, host.Today);
        await host.RecordMovedOutAsync(pendingId, host.Today);
        await host.Host.DispatchEventsAsync();

        var officer = host.Client(Staff.Officer);
        var stopped = await (await officer.GetAsync($"/api/disability/applications/{entitlement.Id()}")).JsonAsync();
        Assert.Equal("stopped", stopped.Status());
        Assert.Equal(new PayMonth(host.Today.Year * 100 + host.Today.Month).Plus(1).ToString(), stopped.GetProperty("stopsFromMonth").GetString());
        Assert.Equal("系统", stopped.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
        var ended = await (await officer.GetAsync($"/api/disability/applications/{inProgress.Id()}")).JsonAsync();
        Assert.Equal("rejected", ended.Status());
        Assert.Contains("迁出", ended.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_district_stops_an_entitlement_with_a_reason_and_only_once()
    {
        var (_, idNumber) = await host.PersonAsync(name: "申请停发");
        var application = await host.ApprovedAsync(idNumber);
        var officer = host.Client(Staff.Officer);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/disability/applications/{application.Id()}/stop/{application.Version()}", new { })).StatusCode);
        var stopped = await (await officer.PostAsJsonAsync($"/api/disability/applications/{application.Id()}/stop/{application.Version()}", new { reason = "提供虚假材料" })).JsonAsync();
        Assert.Equal("stopped", stopped.Status());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/disability/applications/{application.Id()}/stop/{stopped.Version()}", new { reason = "再次停发" })).StatusCode);
    }
}
