using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// Hours from attendance to confirmation (declined and corrected, never deleted), a volunteer's correction request, and
/// the record certificate from confirmed hours only, verified by anyone.
/// </summary>
public sealed class HoursAndCertificateTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task An_activitys_attendance_becomes_records_flagged_where_the_check_out_is_missing_and_only_after_the_end()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var start = host.Clock.GetUtcNow().AddMinutes(10);
        var activity = await clerk.NewActivityAsync(start, hours: 3);
        var (full, partial, absent) = (await clerk.NewVolunteerAsync(name: "全程"), await clerk.NewVolunteerAsync(name: "未签退"), await clerk.NewVolunteerAsync(name: "缺席"));
        foreach (var v in new[] { full, partial, absent }) activity = await clerk.SignUpAsync(activity, v);
        await DeskAsync(clerk, activity, full, "check-in");
        await DeskAsync(clerk, activity, partial, "check-in");
        Assert.Contains("活动结束后", (await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/hours", null)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        host.Clock.Advance(TimeSpan.FromMinutes(10 + 150));
        await DeskAsync(clerk, activity, full, "check-out");
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        var recorded = await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/hours", null)).JsonAsync();
        Assert.Equal(2, recorded.GetProperty("recorded").GetInt32());
        Assert.Equal(1, recorded.GetProperty("flagged").GetInt32());
        Assert.Equal(1, recorded.GetProperty("absent").GetInt32());
        var records = (await (await clerk.GetAsync($"/api/volunteer/hours?activityId={activity.Id()}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2.5m, records.Single(r => r.Text("name") == "全程").GetProperty("hours").GetDecimal());
        var flagged = records.Single(r => r.Text("name") == "未签退");
        Assert.Equal(3m, flagged.GetProperty("hours").GetDecimal());
        Assert.Contains("缺少签退", flagged.Text("flags"));
        Assert.Contains("已登记过时长", (await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/hours", null)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
    }

    [Fact]
    public async Task Hours_are_confirmed_declined_or_corrected_with_a_reason_and_the_history_keeps_every_step()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var volunteer = await clerk.NewVolunteerAsync();
        var record = await clerk.EnterHoursAsync(host, volunteer, 3);
        Assert.Equal("recorded", record.Text("status"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Recorder).PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).StatusCode);

        var noReason = await clerk.PostAsJsonAsync($"/api/volunteer/hours/{record.Id()}/correct/{record.Version()}", new { hours = 2.5, reason = " " });
        Assert.True((await noReason.JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var corrected = await (await clerk.PostAsJsonAsync($"/api/volunteer/hours/{record.Id()}/correct/{record.Version()}", new { hours = 2.5, reason = "扣除路途时间" })).JsonAsync();
        Assert.Equal(2.5m, corrected.GetProperty("hours").GetDecimal());
        var stale = await clerk.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null);
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var confirmed = await (await clerk.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{corrected.Version()}", null)).JsonAsync();
        Assert.Equal("confirmed", confirmed.Text("status"));
        Assert.Equal(["记录", "更正", "确认"], confirmed.GetProperty("history").EnumerateArray().Select(s => s.Text("title")));
        Assert.Equal("3小时 → 2.5小时：扣除路途时间", confirmed.GetProperty("history")[1].Text("note"));
        Assert.Contains(await host.OutboxAsync("volunteer.hours-confirmed"), e => e.Text("recordId") == record.Id() && e.GetProperty("hours").GetDecimal() == 2.5m);

        var other = await clerk.EnterHoursAsync(host, volunteer, 1);
        var declined = await (await clerk.PostAsJsonAsync($"/api/volunteer/hours/{other.Id()}/decline/{other.Version()}", new { reason = "当天未到场" })).JsonAsync();
        Assert.Equal("declined", declined.Text("status"));
        Assert.Contains("只有待确认", (await (await clerk.PostAsync($"/api/volunteer/hours/{other.Id()}/confirm/{declined.Version()}", null)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        // Declined, not deleted: still there, never counted.
        Assert.Equal("declined", (await (await clerk.GetAsync($"/api/volunteer/hours/{other.Id()}")).JsonAsync()).Text("status"));
        var totals = await (await clerk.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}")).JsonAsync();
        Assert.Equal(2.5m, totals.GetProperty("serviceHours").GetDecimal());
    }

    [Fact]
    public async Task A_volunteers_correction_request_waits_for_the_organiser_who_accepts_or_rejects_it()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var volunteer = await clerk.NewVolunteerAsync();
        var record = await clerk.EnterHoursAsync(host, volunteer, 2);
        var requested = await (await clerk.PostAsJsonAsync($"/api/volunteer/hours/{record.Id()}/correction-request/{record.Version()}", new { hours = 4, reason = "活动延长了两小时" })).JsonAsync();
        Assert.Equal(4m, requested.GetProperty("requestedHours").GetDecimal());
        Assert.Contains("更正申请", (await (await clerk.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{requested.Version()}", null)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var waiting = await (await clerk.GetAsync("/api/volunteer/hours/correction-requests?pageSize=200")).JsonAsync();
        Assert.Contains(waiting.GetProperty("items").EnumerateArray(), r => r.Id() == record.Id());
        var work = await (await clerk.GetAsync("/api/platform/work")).JsonAsync();
        Assert.Contains(work.GetProperty("items").EnumerateArray(), i => i.Text("key") == "volunteer.correction-requests" && i.GetProperty("count").GetInt32() >= 1);

        var accepted = await (await clerk.PostAsync($"/api/volunteer/hours/{record.Id()}/correction-request/accept/{requested.Version()}", null)).JsonAsync();
        Assert.Equal(4m, accepted.GetProperty("hours").GetDecimal());
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("requestedHours").ValueKind);
        var again = await (await clerk.PostAsJsonAsync($"/api/volunteer/hours/{record.Id()}/correction-request/{accepted.Version()}", new { hours = 5, reason = "再加一小时" })).JsonAsync();
        var rejected = await (await clerk.PostAsJsonAsync($"/api/volunteer/hours/{record.Id()}/correction-request/reject/{again.Version()}", new { reason = "签到记录不支持" })).JsonAsync();
        Assert.Equal(4m, rejected.GetProperty("hours").GetDecimal());
        Assert.Equal(["记录", "志愿者申请更正", "同意更正", "志愿者申请更正", "驳回更正申请"], rejected.GetProperty("history").EnumerateArray().Select(s => s.Text("title")));
    }

    [Fact]
    public async Task A_certificate_needs_confirmed_hours_is_numbered_per_issuer_and_verified_by_anyone_until_revoked()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var volunteer = await clerk.NewVolunteerAsync(name: "李证明");
        var pending = await clerk.EnterHoursAsync(host, volunteer, 3);
        var refused = await IssueAsync(clerk, volunteer);
        Assert.Contains("没有已确认的服务时长", (await refused.JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        await (await clerk.PostAsync($"/api/volunteer/hours/{pending.Id()}/confirm/{pending.Version()}", null)).JsonAsync();
        var training = await clerk.EnterHoursAsync(host, volunteer, 1.5m, kind: "training");
        await (await clerk.PostAsync($"/api/volunteer/hours/{training.Id()}/confirm/{training.Version()}", null)).JsonAsync();
        var first = await (await IssueAsync(clerk, volunteer)).JsonAsync(HttpStatusCode.Created);
        var second = await (await IssueAsync(clerk, volunteer)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(int.Parse(first.Text("number")[^6..]) + 1, int.Parse(second.Text("number")[^6..]));
        Assert.Equal(3m, first.GetProperty("serviceHours").GetDecimal());
        Assert.Equal(1.5m, first.GetProperty("trainingHours").GetDecimal());
        Assert.EndsWith($"/certificates/{first.Text("verificationCode")}/page", first.Text("verifyUrl"));

        var anyone = host.Host.CreateClient();
        var check = await (await anyone.GetAsync($"/api/volunteer/public/{TestDistricts.First}/certificates/{first.Text("verificationCode")}")).JsonAsync();
        Assert.Equal("valid", check.Text("status"));
        Assert.Equal("李**", check.Text("volunteerName"));
        Assert.Contains("********", check.Text("idNumber"));
        Assert.Equal(3m, check.GetProperty("serviceHours").GetDecimal());
        Assert.False(check.TryGetProperty("phone", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/volunteer/public/{TestDistricts.First}/certificates/ABCDEFGHJKMN")).StatusCode);
        Assert.Contains("未查到该证明", await anyone.GetStringAsync($"/api/volunteer/public/{TestDistricts.First}/certificates/ABCDEFGHJKMN/page"));

        var revoked = await (await clerk.PostAsJsonAsync($"/api/volunteer/certificates/{first.Id()}/revoke/{first.Version()}", new { reason = "时长核查有误" })).JsonAsync();
        Assert.Equal("revoked", revoked.Text("status"));
        var afterRevoke = await (await anyone.GetAsync($"/api/volunteer/public/{TestDistricts.First}/certificates/{first.Text("verificationCode")}")).JsonAsync();
        Assert.Equal("revoked", afterRevoke.Text("status"));
        Assert.Contains("已撤销", await anyone.GetStringAsync($"/api/volunteer/public/{TestDistricts.First}/certificates/{first.Text("verificationCode")}/page"));
    }

    private static async Task DeskAsync(HttpClient clerk, JsonElement activity, JsonElement volunteer, string action) =>
        await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups/{activity.SignUpId(volunteer)}/{action}", null)).JsonAsync();

    private static Task<HttpResponseMessage> IssueAsync(HttpClient clerk, JsonElement volunteer) =>
        clerk.PostAsJsonAsync("/api/volunteer/certificates", new
        {
            volunteerNumber = volunteer.Text("number"), from = "2026-01-01", issuer = "万新社区居民委员会", personInCharge = "赵主任", handler = "钱经办", issuerContact = "023-48271234",
        });
}
