using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// 迁址申请: the siting check at the new point (the opening's, the outlet itself left out), shown and re-checked at the
/// district's approval; the outlet moved (history 迁址 before → after) or the move refused; who may apply for what. The
/// siting check counts the whole district, so one host of its own; each test works far from the others' places.
/// </summary>
public sealed class OutletMoveTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    private static readonly TestStaff DonglinClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin, LotteryPermissions.Read, LotteryPermissions.Apply);

    [Fact]
    public async Task A_move_next_to_a_school_is_shown_the_breach_and_refused_at_approval_and_one_far_enough_moves_the_outlet()
    {
        var officer = host.Client(Staff.Officer);
        var outlet = await OpenAsync(officer, 100_000);
        var (lat, lon) = LotteryApi.Near(101_000);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/lottery/schools",
            new { name = "迁址测试小学", divisionCode = TestDistricts.VillageOfWansheng, latitude = lat, longitude = lon })).StatusCode);

        // 120 m from the school: the check at the new point lists the breach and the school; approval is refused naming the rule.
        var near = await (await ApplyMoveAsync(officer, outlet, 101_120)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("applied", near.Text("status"));
        Assert.Equal("万盛街道测试路1号", near.Text("fromAddress"));
        Assert.Equal("万盛街道新址路8号", near.Text("address"));
        var siting = near.GetProperty("siting");
        Assert.False(siting.GetProperty("passes").GetBoolean());
        Assert.Equal("距学校“迁址测试小学”120米，不足200米", siting.GetProperty("breaches")[0].GetString());
        Assert.StartsWith("学校“迁址测试小学”120米（过近）", siting.Text("nearestText"));
        var shown = await (await officer.GetAsync($"/api/lottery/outlet-moves/{near.Id()}")).JsonAsync();
        Assert.Equal(siting.Text("nearestText"), shown.GetProperty("siting").Text("nearestText"));
        var refused = await (await officer.PostAsync($"/api/lottery/outlet-moves/{near.Id()}/approve/{near.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("新址选址不符合规定：距学校“迁址测试小学”120米，不足200米", refused.Text("detail"));

        // So the district refuses it, with a reason; the outlet stays where it was.
        Assert.True((await (await officer.PostAsJsonAsync($"/api/lottery/outlet-moves/{near.Id()}/refuse/{near.Version()}", new { reason = " " }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var no = await (await officer.PostAsJsonAsync($"/api/lottery/outlet-moves/{near.Id()}/refuse/{near.Version()}", new { reason = "新址距小学不足200米" })).JsonAsync();
        Assert.Equal(("refused", "新址距小学不足200米", "2026-06-01"), (no.Text("status"), no.Text("refusalReason"), no.Text("decidedOn")));
        Assert.Contains("只有申请中的迁址", (await (await officer.PostAsync($"/api/lottery/outlet-moves/{near.Id()}/approve/{no.Version()}", null))
            .JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var still = await GetOutletAsync(officer, outlet);
        Assert.Equal("万盛街道测试路1号", still.Text("address"));

        // 300 m from the school, into 东林: it passes and the district approves; the outlet's place is the new one.
        var far = await (await ApplyMoveAsync(officer, await GetOutletAsync(officer, outlet), 101_300, village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.Created);
        Assert.True(far.GetProperty("siting").GetProperty("passes").GetBoolean());
        Assert.StartsWith("学校“迁址测试小学”300米", far.GetProperty("siting").Text("nearestText"));
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsync($"/api/lottery/outlet-moves/{far.Id()}/approve/{far.Version() - 1}", null))
            .JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var moved = await (await officer.PostAsync($"/api/lottery/outlet-moves/{far.Id()}/approve/{far.Version()}", null)).JsonAsync();
        Assert.Equal(("approved", "2026-06-01"), (moved.Text("status"), moved.Text("decidedOn")));
        var now = await GetOutletAsync(officer, outlet);
        var (newLat, newLon) = LotteryApi.Near(101_300);
        Assert.Equal(("万盛街道新址路8号", TestDistricts.VillageOfDonglin, "临街门面40平方米，租赁", "open"),
            (now.Text("address"), now.Text("divisionCode"), now.Text("premises"), now.Text("status")));
        Assert.Equal(newLat, now.GetProperty("latitude").GetDouble(), 9);
        Assert.Equal(newLon, now.GetProperty("longitude").GetDouble(), 9);
        var step = now.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("迁址", step.Text("title"));
        Assert.StartsWith("万盛街道测试路1号（", step.Text("note"));
        Assert.Contains("） → 万盛街道新址路8号（", step.Text("note"));
        Assert.Contains("临街门面40平方米，租赁）", step.Text("note"));
        Assert.Equal([("approved", TestDistricts.VillageOfDonglin), ("refused", TestDistricts.VillageOfWansheng)],
            now.GetProperty("moves").EnumerateArray().Select(m => (m.Text("status"), m.Text("divisionCode"))).OrderBy(m => m.Item1));
        Assert.Contains(now.GetProperty("history").EnumerateArray(), s => s.Text("title") == "不予迁址" && s.Text("note")!.EndsWith("新址距小学不足200米", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_leaves_the_outlet_itself_out_counts_the_other_dedicated_outlets_and_runs_again_at_approval()
    {
        var officer = host.Client(Staff.Officer);
        var outlet = await OpenAsync(officer, 120_000);
        var neighbour = await OpenAsync(officer, 120_000, eastMeters: 1_000);

        // 50 m from where it stands: its own place does not count; 100 m from the neighbouring 专营 outlet does.
        var short_ = await (await ApplyMoveAsync(officer, outlet, 120_050)).JsonAsync(HttpStatusCode.Created);
        Assert.True(short_.GetProperty("siting").GetProperty("passes").GetBoolean());
        Assert.DoesNotContain(short_.GetProperty("siting").GetProperty("nearest").EnumerateArray(), p => p.Text("name") == outlet.Text("name"));
        await (await officer.PostAsJsonAsync($"/api/lottery/outlet-moves/{short_.Id()}/refuse/{short_.Version()}", new { reason = "业主撤回" })).JsonAsync();
        var crowded = await (await ApplyMoveAsync(officer, await GetOutletAsync(officer, outlet), 120_000, eastMeters: 900)).JsonAsync(HttpStatusCode.Created);
        // About 100 m (the points are east of each other on a parallel 1° north of the base point's).
        Assert.Matches($"^距专营店“{neighbour.Text("name")}”(99|100)米，不足200米$", crowded.GetProperty("siting").GetProperty("breaches")[0].GetString());
        await (await officer.PostAsJsonAsync($"/api/lottery/outlet-moves/{crowded.Id()}/refuse/{crowded.Version()}", new { reason = "距专营店过近" })).JsonAsync();

        // A move that passed when applied for is checked again: a school added meanwhile next to the new point refuses it.
        var later = await (await ApplyMoveAsync(officer, await GetOutletAsync(officer, outlet), 122_000)).JsonAsync(HttpStatusCode.Created);
        Assert.True(later.GetProperty("siting").GetProperty("passes").GetBoolean());
        var (lat, lon) = LotteryApi.Near(122_150);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/lottery/schools",
            new { name = "新建测试幼儿园", divisionCode = TestDistricts.VillageOfWansheng, latitude = lat, longitude = lon })).StatusCode);
        var refused = await (await officer.PostAsync($"/api/lottery/outlet-moves/{later.Id()}/approve/{later.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("距学校“新建测试幼儿园”150米，不足200米", refused.Text("detail"));
        Assert.Equal("applied", (await (await officer.GetAsync($"/api/lottery/outlet-moves/{later.Id()}")).JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task Only_an_open_outlet_moves_one_undecided_move_at_a_time_and_closing_it_refuses_the_move()
    {
        var officer = host.Client(Staff.Officer);
        var applied = await (await officer.ApplyAsync(140_000, kind: "shared")).JsonAsync(HttpStatusCode.Created);
        Assert.Contains("只有营业中的网点", (await (await ApplyMoveAsync(officer, applied, 140_500)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var refusedOutlet = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{applied.Id()}/refuse/{applied.Version()}", new { reason = "材料不全" })).JsonAsync();
        Assert.Contains("只有营业中的网点", (await (await ApplyMoveAsync(officer, refusedOutlet, 140_500)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        var outlet = await OpenAsync(officer, 142_000);
        var invalid = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/moves/{outlet.Version()}",
            new { address = "", divisionCode = "500110999999", latitude = 28.9, longitude = (double?)null, premises = "", reason = "" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(new[] { "address", "divisionCode", "longitude", "premises", "reason" }.All(f => invalid.HasError(f)) && !invalid.HasError("latitude"));
        Assert.Contains("新地址", invalid.GetProperty("errors").GetProperty("address")[0].GetString());

        var first = await (await ApplyMoveAsync(officer, outlet, 142_500)).JsonAsync(HttpStatusCode.Created);
        // The application counts as a change of the outlet: the page's version is the next one.
        var current = await GetOutletAsync(officer, outlet);
        Assert.Equal(outlet.Version() + 1, current.Version());
        Assert.Equal(ProblemTypes.StaleVersion, (await (await ApplyMoveAsync(officer, outlet, 143_000)).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        Assert.Contains("已有未决定的迁址申请", (await (await ApplyMoveAsync(officer, current, 143_000)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        var closed = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/close/{current.Version()}", new { reason = "业主停业" })).JsonAsync();
        var move = await (await officer.GetAsync($"/api/lottery/outlet-moves/{first.Id()}")).JsonAsync();
        Assert.Equal(("refused", "网点关闭：业主停业"), (move.Text("status"), move.Text("refusalReason")));
        Assert.Contains("只有营业中的网点", (await (await ApplyMoveAsync(officer, closed, 143_000)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Contains((await (await officer.GetAsync("/api/lottery/outlet-moves?status=refused&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(),
            m => m.Id() == first.Id() && m.Text("outletName") == outlet.Text("name"));
    }

    [Fact]
    public async Task A_town_clerk_applies_for_the_town_s_outlets_within_the_town_and_only_the_district_decides()
    {
        var officer = host.Client(Staff.Officer);
        var clerk = host.Client(Staff.WanshengClerk);
        var outlet = await OpenAsync(officer, 160_000);
        var donglin = await OpenAsync(officer, 162_000, village: TestDistricts.VillageOfDonglin);

        Assert.True((await (await ApplyMoveAsync(clerk, outlet, 160_500, village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.BadRequest)).HasError("divisionCode"));
        Assert.Equal(HttpStatusCode.NotFound, (await ApplyMoveAsync(clerk, donglin, 162_500, village: TestDistricts.VillageOfWansheng)).StatusCode);
        var move = await (await ApplyMoveAsync(clerk, outlet, 160_500)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(Staff.WanshengClerk.Name, move.Text("appliedBy"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/lottery/outlet-moves/{move.Id()}/approve/{move.Version()}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/lottery/outlet-moves/{move.Id()}/refuse/{move.Version()}", new { reason = "不同意" })).StatusCode);
        var other = host.Client(DonglinClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/lottery/outlet-moves/{move.Id()}")).StatusCode);
        Assert.DoesNotContain((await (await other.GetAsync("/api/lottery/outlet-moves?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(), m => m.Id() == move.Id());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync($"/api/lottery/outlet-moves/{move.Id()}")).StatusCode);
        Assert.Equal("approved", (await (await officer.PostAsync($"/api/lottery/outlet-moves/{move.Id()}/approve/{move.Version()}", null)).JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task The_contract_and_terminals_follow_an_outlet_moved_into_another_town()
    {
        var officer = host.Client(Staff.Officer);
        var outlet = await OpenAsync(officer, 180_000);
        var contract = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/contracts",
            new { number = "HT-MOVE-1", signedOn = "2026-05-01", startsOn = "2026-05-01", endsOn = "2029-04-30" })).JsonAsync(HttpStatusCode.Created);
        var terminal = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/terminals", new { serialNumber = "T-MOVE-1" })).JsonAsync(HttpStatusCode.Created);
        var move = await (await ApplyMoveAsync(officer, await GetOutletAsync(officer, outlet), 180_500, village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsync($"/api/lottery/outlet-moves/{move.Id()}/approve/{move.Version()}", null)).JsonAsync();

        var donglin = host.Client(DonglinClerk);
        Assert.Equal(TestDistricts.VillageOfDonglin, (await (await donglin.GetAsync($"/api/lottery/outlets/{outlet.Id()}")).JsonAsync()).Text("divisionCode"));
        Assert.Equal(TestDistricts.VillageOfDonglin, (await (await donglin.GetAsync($"/api/lottery/contracts/{contract.Id()}")).JsonAsync()).Text("divisionCode"));
        Assert.Equal(HttpStatusCode.OK, (await donglin.GetAsync($"/api/lottery/terminals/{terminal.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.WanshengClerk).GetAsync($"/api/lottery/contracts/{contract.Id()}")).StatusCode);
    }

    [Fact]
    public void A_move_is_refused_for_an_outlet_not_open_or_with_one_undecided_and_its_history_line_says_before_and_after()
    {
        Assert.Null(OutletMoveRules.WhyNot(OutletStatus.Open, pending: false));
        Assert.Contains("已有未决定", OutletMoveRules.WhyNot(OutletStatus.Open, pending: true));
        Assert.All(new[] { OutletStatus.Applied, OutletStatus.Refused, OutletStatus.Closed }, s => Assert.Contains("只有营业中", OutletMoveRules.WhyNot(s, pending: false)));
        var move = new OutletMove
        {
            FromAddress = "老街1号", DivisionCode = "500110004001", FromLatitude = 28.96, FromLongitude = 106.92, FromPremises = "自有20平方米",
            Address = "新街2号", NewDivisionCode = "500110005001", Latitude = 28.9612346, Longitude = 106.9254321, Premises = "租赁40平方米",
        };
        Assert.Equal("老街1号（甲社区，28.960000, 106.920000；自有20平方米） → 新街2号（乙村，28.961235, 106.925432；租赁40平方米）",
            OutletMoveRules.Change(move, code => code == "500110004001" ? "甲社区" : "乙村"));
        Assert.Equal(["applied", "approved", "refused"], Enum.GetValues<MoveStatus>().Select(OutletMoveRules.Code));
    }

    /// <summary>A 专营 outlet <paramref name="northMeters"/> north of the base point, approved and open.</summary>
    private static async Task<JsonElement> OpenAsync(HttpClient officer, double northMeters, double eastMeters = 0, string village = TestDistricts.VillageOfWansheng)
    {
        var applied = await (await officer.ApplyAsync(northMeters, eastMeters: eastMeters, village: village)).JsonAsync(HttpStatusCode.Created);
        return await (await officer.PostAsync($"/api/lottery/outlets/{applied.Id()}/approve/{applied.Version()}", null)).JsonAsync();
    }

    private static async Task<JsonElement> GetOutletAsync(HttpClient client, JsonElement outlet) => await (await client.GetAsync($"/api/lottery/outlets/{outlet.Id()}")).JsonAsync();

    /// <summary>Applies to move <paramref name="outlet"/> (under the version it shows) to a point <paramref name="northMeters"/> north of the base point.</summary>
    private static Task<HttpResponseMessage> ApplyMoveAsync(HttpClient client, JsonElement outlet, double northMeters, double eastMeters = 0,
        string village = TestDistricts.VillageOfWansheng)
    {
        var (lat, lon) = LotteryApi.Near(northMeters, eastMeters);
        return client.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/moves/{outlet.Version()}",
            new { address = "万盛街道新址路8号", divisionCode = village, latitude = lat, longitude = lon, premises = "临街门面40平方米，租赁", reason = "原址房屋租约到期" });
    }
}
