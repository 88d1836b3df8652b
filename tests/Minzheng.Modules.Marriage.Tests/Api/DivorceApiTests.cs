using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Api;

/// <summary>The cooling-off procedure through the API, one fresh host (and clock) per test.</summary>
public sealed class DivorceApiTests : IAsyncLifetime
{
    private MarriageHost _host = null!;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        _host = await MarriageHost.StartAsync();
        _staff = _host.Staff();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static readonly DateOnly Accepted = MarriageHost.FirstDay;          // Monday 2026-03-02
    private static readonly DateOnly CoolingDay30 = new(2026, 4, 1);
    private static readonly DateOnly CoolingDay31 = new(2026, 4, 2);

    private async Task<JsonElement> ApplyAsync(string? man = null, string? woman = null)
    {
        var response = await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = man ?? TestIds.Man(), partyAName = "王五", partyBIdNumber = woman ?? TestIds.Woman(), partyBName = "赵六",
            marriageCertificateNumber = "J500110-2020-000123", agreement = "子女由女方抚养；房产归男方；无共同债务。", agreementSigned = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync();
    }

    // The version travels in the route (the SDK's convention); a test writes it beside the action's input for brevity.
    private Task<HttpResponseMessage> ActAsync(JsonElement application, string action, object? body = null, HttpClient? client = null)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(body ?? new { version = application.Int("version") })!.AsObject();
        var version = input["version"]!.GetValue<int>();
        input.Remove("version");
        return (client ?? _staff).PostAsJsonAsync($"/api/marriage/divorces/{application.Str("id")}/{action}/{version}", input);
    }

    private async Task<JsonElement> MustAsync(JsonElement application, string action, object? body = null)
    {
        var response = await ActAsync(application, action, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    private async Task<string> RefusedAsync(JsonElement application, string action, object? body = null)
    {
        var response = await ActAsync(application, action, body);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return (await response.ReadAsync()).Str("detail");
    }

    private async Task<JsonElement> GetAsync(JsonElement application) =>
        await (await _staff.GetAsync($"/api/marriage/divorces/{application.Str("id")}")).ReadAsync();

    private async Task<JsonElement> AcceptedAsync()
    {
        var accepted = await MustAsync(await ApplyAsync(), "accept");
        Assert.Equal("cooling_off", accepted.Str("status"));
        return accepted;
    }

    [Fact]
    public async Task The_whole_way_to_a_divorce_certificate()
    {
        // Married here first, so the divorce ends a marriage of this archive.
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var marriage = await (await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(man, woman))).ReadAsync();

        var applied = await ApplyAsync(man, woman);
        Assert.Equal("applied", applied.Str("status"));
        var accepted = await MustAsync(applied, "accept");
        Assert.Equal("2026-04-01", accepted.Str("coolingOffEnds"));
        Assert.Equal("2026-05-06", accepted.Str("requestWindowEnds")); // 05-01 is Labour Day: moved to the next working day

        _host.SetToday(CoolingDay31);
        var waiting = await GetAsync(accepted);
        Assert.Equal("awaiting_request", waiting.Str("status"));
        var requested = await MustAsync(waiting, "request-certificate");
        Assert.Equal("requested", requested.Str("status"));
        var registered = await MustAsync(requested, "register");
        Assert.Equal("registered", registered.Str("status"));
        Assert.Equal("L500110-2026-000001", registered.Str("certificateNumber"));
        Assert.Equal("2026-04-02", registered.Str("divorcedOn"));

        var titles = registered.GetProperty("history").EnumerateArray().Select(s => s.Str("title")).ToList();
        Assert.Equal(["双方申请", "受理", "冷静期届满", "申请发给离婚证", "登记离婚"], titles);
        Assert.All(registered.GetProperty("history").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.Str("by"))));

        var divorced = _host.Outbox("marriage.divorced").Single();
        Assert.Equal(man, divorced.Str("partyA"));
        Assert.Equal(woman, divorced.Str("partyB"));
        Assert.Equal("2026-04-02", divorced.Str("divorcedOn"));
        Assert.Equal("L500110-2026-000001", divorced.Str("certificateNumber"));

        var ended = await (await _staff.GetAsync($"/api/marriage/registrations/{marriage.Str("id")}")).ReadAsync();
        Assert.Equal("dissolved", ended.Str("status"));
        // Free to marry again.
        var again = await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(man, TestIds.Woman()));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Refusal_at_acceptance_needs_a_reason_and_is_final()
    {
        var applied = await ApplyAsync();
        var noReason = await ActAsync(applied, "refuse");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("请填写不予受理的理由", (await noReason.ReadAsync()).Errors("reason").Single());

        var refused = await MustAsync(applied, "refuse", new { version = 0, reason = "离婚协议未对子女抚养作出处理" });
        Assert.Equal("refused", refused.Str("status"));
        Assert.Equal("离婚协议未对子女抚养作出处理", refused.Str("refusalReason"));
        Assert.Equal("申请当前状态为“不予受理”，不能受理", await RefusedAsync(refused, "accept"));
        Assert.Contains("不予受理", await RefusedAsync(refused, "withdraw", new { version = 1, party = "A" }));
    }

    [Fact]
    public async Task Either_party_alone_may_withdraw_up_to_cooling_off_day_30()
    {
        var accepted = await AcceptedAsync();
        var noParty = await ActAsync(accepted, "withdraw");
        Assert.NotEmpty((await noParty.ReadAsync()).Errors("party"));

        _host.SetToday(CoolingDay30);
        var withdrawn = await MustAsync(accepted, "withdraw", new { version = 1, party = "B" });
        Assert.Equal("withdrawn", withdrawn.Str("status"));
        Assert.Equal("B", withdrawn.Str("withdrawnBy"));
        Assert.Contains("赵六（B方）撤回", withdrawn.GetProperty("history").EnumerateArray().Last().Str("note"));
        Assert.Contains("已撤回", await RefusedAsync(withdrawn, "request-certificate"));
    }

    [Fact]
    public async Task Withdrawal_on_cooling_off_day_31_is_refused()
    {
        var accepted = await AcceptedAsync();
        _host.SetToday(CoolingDay31);
        var reason = await RefusedAsync(accepted, "withdraw", new { version = 1, party = "A" });
        Assert.StartsWith("离婚冷静期已于2026-04-01届满，不能再撤回", reason);
    }

    [Fact]
    public async Task The_certificate_cannot_be_requested_on_cooling_off_day_30_but_can_on_day_31()
    {
        var accepted = await AcceptedAsync();
        _host.SetToday(CoolingDay30);
        Assert.Equal("离婚冷静期至2026-04-01届满，届满后方可申请发给离婚证", await RefusedAsync(accepted, "request-certificate"));
        _host.SetToday(CoolingDay31);
        Assert.Equal("requested", (await MustAsync(accepted, "request-certificate")).Str("status"));
    }

    [Fact]
    public async Task Second_window_day_30_is_in_time_and_day_31_is_deemed_withdrawn_by_the_job()
    {
        // A calendar-free office: the second window ends on its plain day 30, 2026-05-01.
        await using var host = await MarriageHost.StartAsync(new() { ["Modules:marriage:Holidays:0"] = null, ["Modules:marriage:WeekendsAreHolidays"] = "false" });
        var staff = host.Staff();
        async Task<JsonElement> Accept()
        {
            var applied = await (await staff.PostAsJsonAsync("/api/marriage/divorces", new
            {
                partyAIdNumber = TestIds.Man(), partyAName = "甲", partyBIdNumber = TestIds.Woman(), partyBName = "乙",
                marriageCertificateNumber = "J500110-2019-000001", agreement = "协议", agreementSigned = true,
            })).ReadAsync();
            return await (await staff.PostAsJsonAsync($"/api/marriage/divorces/{applied.Str("id")}/accept/{0}", new { })).ReadAsync();
        }
        var inTime = await Accept();
        var late = await Accept();
        Assert.Equal("2026-05-01", late.Str("requestWindowEnds"));

        host.SetToday(new DateOnly(2026, 5, 1));
        var ok = await staff.PostAsJsonAsync($"/api/marriage/divorces/{inTime.Str("id")}/request-certificate/{1}", new { });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        host.SetToday(new DateOnly(2026, 5, 2));
        var refused = await staff.PostAsJsonAsync($"/api/marriage/divorces/{late.Str("id")}/request-certificate/{1}", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("双方未在2026-05-01前共同申请发给离婚证", (await refused.ReadAsync()).Str("detail"));

        Assert.True(await host.Host.RunJobsAsync() > 0);
        var stored = await (await staff.GetAsync($"/api/marriage/divorces/{late.Str("id")}")).ReadAsync();
        Assert.Equal("deemed_withdrawn", stored.Str("status"));
        var last = stored.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("视为撤回", "系统"), (last.Str("title"), last.Str("by")));
        // The job moved the stored record: its version changed, and a request made on the old one is stale.
        Assert.True(stored.Int("version") > 1);
        // The application that was requested in time is untouched by the job.
        Assert.Equal("requested", (await (await staff.GetAsync($"/api/marriage/divorces/{inTime.Str("id")}")).ReadAsync()).Str("status"));
    }

    [Fact]
    public async Task A_cooling_off_period_ending_on_a_holiday_runs_to_the_next_working_day()
    {
        _host.SetToday(new DateOnly(2026, 4, 1));
        var accepted = await AcceptedAsync();
        Assert.Equal("2026-05-06", accepted.Str("coolingOffEnds")); // day 30 is 05-01 (劳动节, to 05-05)
        Assert.Equal("2026-06-05", accepted.Str("requestWindowEnds"));

        _host.SetToday(new DateOnly(2026, 5, 6));
        Assert.Contains("届满后方可申请", await RefusedAsync(accepted, "request-certificate"));
        _host.SetToday(new DateOnly(2026, 5, 7));
        Assert.Equal("requested", (await MustAsync(accepted, "request-certificate")).Str("status"));
    }

    [Fact]
    public async Task A_party_may_still_withdraw_on_the_holiday_extended_last_day()
    {
        _host.SetToday(new DateOnly(2026, 4, 1));
        var accepted = await AcceptedAsync();
        _host.SetToday(new DateOnly(2026, 5, 6));
        Assert.Equal("withdrawn", (await MustAsync(accepted, "withdraw", new { version = 1, party = "A" })).Str("status"));
    }

    [Fact]
    public async Task Registration_may_be_refused_with_reasons()
    {
        var accepted = await AcceptedAsync();
        _host.SetToday(CoolingDay31);
        var requested = await MustAsync(accepted, "request-certificate");
        var refused = await MustAsync(requested, "refuse-registration", new { version = requested.Int("version"), reason = "一方当事人表示并非自愿离婚" });
        Assert.Equal("registration_refused", refused.Str("status"));
        Assert.Contains("不予登记", await RefusedAsync(refused, "register"));
        Assert.Empty(_host.Outbox("marriage.divorced"));
    }

    [Fact]
    public async Task Illegal_transitions_get_409_with_the_reason()
    {
        var applied = await ApplyAsync();
        Assert.Equal("申请当前状态为“待受理”，不能撤回", await RefusedAsync(applied, "withdraw", new { version = 0, party = "A" }));
        Assert.Equal("申请当前状态为“待受理”，不能登记离婚", await RefusedAsync(applied, "register"));
        Assert.Equal("申请当前状态为“待受理”，不能申请发给离婚证", await RefusedAsync(applied, "request-certificate"));
        var accepted = await MustAsync(applied, "accept");
        Assert.Equal("申请当前状态为“冷静期”，不能受理", await RefusedAsync(accepted, "accept"));
        Assert.Equal("申请当前状态为“冷静期”，不能登记离婚", await RefusedAsync(accepted, "register"));
        Assert.Contains("不能不予登记", await RefusedAsync(accepted, "refuse-registration", new { version = 1, reason = "x" }));
    }

    [Fact]
    public async Task A_stale_version_gets_409_and_changes_nothing()
    {
        var applied = await ApplyAsync();
        var stale = await ActAsync(applied, "accept", new { version = 5 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.ReadAsync()).Str("type"));
        Assert.Equal("applied", (await GetAsync(applied)).Str("status"));
        // A change names the version it is based on: there is no route without it.
        var noVersion = await _staff.PostAsJsonAsync($"/api/marriage/divorces/{applied.Str("id")}/accept", new { });
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _staff.PostAsJsonAsync($"/api/marriage/divorces/{applied.Str("id")}/accept/3", new { })).StatusCode);
        var accepted = await _staff.PostAsJsonAsync($"/api/marriage/divorces/{applied.Str("id")}/accept/0", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Registering_one_divorce_twice_at_once_issues_one_certificate_and_the_loser_returns_its_number()
    {
        var (raced, other) = (await AcceptedAsync(), await AcceptedAsync());
        _host.SetToday(CoolingDay31);
        var requested = await MustAsync(await GetAsync(raced), "request-certificate");

        // Both requests pass the version check and queue at the certificate counter; the second then takes
        // number 000002, and its save finds the application already registered.
        Task<HttpResponseMessage[]> racing;
        await using (var connection = await _host.Host.OpenDatabaseAsync(TestDistricts.First, "marriage"))
        await using (await TestLocks.HoldWritesAsync(connection, "Sequences"))
        {
            racing = Task.WhenAll(ActAsync(requested, "register"), ActAsync(requested, "register"));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var both = await racing;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        Assert.Equal("L500110-2026-000001", (await GetAsync(requested)).Str("certificateNumber"));
        // The refused one kept no number: the next divorce gets 000002, no gap.
        var next = await MustAsync(await MustAsync(await GetAsync(other), "request-certificate"), "register");
        Assert.Equal("L500110-2026-000002", next.Str("certificateNumber"));
    }

    [Fact]
    public async Task A_second_live_application_of_the_same_party_is_refused()
    {
        var man = TestIds.Man();
        await ApplyAsync(man);
        var second = await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = man, partyAName = "王五", partyBIdNumber = TestIds.Woman(), partyBName = "钱七",
            marriageCertificateNumber = "J1", agreement = "协议", agreementSigned = true,
        });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task A_clerk_accepts_but_only_a_registrar_registers()
    {
        var clerk = _host.Staff(MarriagePermissions.Accept, MarriagePermissions.Read);
        var accepted = await AcceptedAsync();
        _host.SetToday(CoolingDay31);
        var requested = await MustAsync(accepted, "request-certificate");
        var response = await ActAsync(requested, "register", client: clerk);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_job_stores_the_end_of_cooling_off_once_and_dated_when_it_happened()
    {
        var accepted = await AcceptedAsync();
        _host.SetToday(CoolingDay30);
        await _host.Host.RunJobsAsync();
        Assert.Equal(1, (await GetAsync(accepted)).Int("version"));

        _host.SetToday(CoolingDay31);
        await _host.Host.RunJobsAsync();
        var moved = await GetAsync(accepted);
        Assert.Equal(("awaiting_request", 2), (moved.Str("status"), moved.Int("version")));
        var step = moved.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("冷静期届满", "系统"), (step.Str("title"), step.Str("by")));
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.FromHours(8)), DateTimeOffset.Parse(step.Str("at"), System.Globalization.CultureInfo.InvariantCulture));

        _host.Clock.Advance(TimeSpan.FromHours(2));
        await _host.Host.RunJobsAsync();
        Assert.Equal(2, (await GetAsync(accepted)).Int("version"));
    }

    [Fact]
    public async Task The_receipt_prints_after_acceptance_with_masked_numbers()
    {
        var applied = await ApplyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync($"/api/marriage/print/divorce-receipt/{applied.Str("id")}")).StatusCode);
        await MustAsync(applied, "accept");
        var receipt = await (await _host.Staff(MarriagePermissions.Read).GetAsync($"/api/marriage/print/divorce-receipt/{applied.Str("id")}")).ReadAsync();
        Assert.Equal(("2026-04-01", "测试区婚姻登记处", "区级测试员"), (receipt.Str("coolingOffEnds"), receipt.Str("office"), receipt.Str("acceptedBy")));
        Assert.Contains("********", receipt.Str("partyAIdNumber"));
    }
}
