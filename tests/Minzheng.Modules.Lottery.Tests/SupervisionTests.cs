using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// Supervision of open outlets: the agency contract (unique number, renewal keeping the terms, termination, those
/// expiring), terminals (limit per kind, only open outlets, unique serial, moves, withdrawal on closure), inspections
/// (findings citing a clause, photos, the re-inspection, overdue corrections, a town's clerk in the town only) and
/// penalties (the configured range, contract termination, the violations list refusing the operator's next outlet).
/// </summary>
public sealed class SupervisionTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    private static int _place;

    private static async Task<JsonElement> OpenAsync(HttpClient officer, string kind = "dedicated", string village = TestDistricts.VillageOfWansheng, string? idNumber = null,
        string? stationNumber = null)
    {
        // 1 km apart: the distance rule between 专营 outlets never bites here.
        var applied = await (await officer.ApplyAsync(100_000 + Interlocked.Increment(ref _place) * 1_000, kind, village, stationNumber: stationNumber, operatorIdNumber: idNumber))
            .JsonAsync(HttpStatusCode.Created);
        return await (await officer.PostAsync($"/api/lottery/outlets/{applied.Id()}/approve/{applied.Version()}", null)).JsonAsync();
    }

    private string Today(int plusDays = 0) => DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime).AddDays(plusDays).ToString("yyyy-MM-dd");

    private static Task<HttpResponseMessage> SignAsync(HttpClient client, JsonElement outlet, string number, string startsOn, string endsOn, string? signedOn = null) =>
        client.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/contracts", new { number, signedOn = signedOn ?? startsOn, startsOn, endsOn });

    [Fact]
    public async Task A_contract_has_a_unique_number_is_renewed_keeping_its_terms_is_listed_when_expiring_and_is_signed_by_the_district_only()
    {
        var officer = host.Client(Staff.Officer);
        var outlet = await OpenAsync(officer);
        var contract = await (await SignAsync(officer, outlet, "HT-2026-001", Today(), Today(30))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("active", contract.Text("status"));
        Assert.True(contract.GetProperty("expiring").GetBoolean());

        var other = await OpenAsync(officer);
        Assert.True((await (await SignAsync(officer, other, "HT-2026-001", Today(), Today(400))).JsonAsync(HttpStatusCode.BadRequest)).HasError("number"));
        Assert.True((await (await SignAsync(officer, other, "HT-2026-002", Today(), Today(-1))).JsonAsync(HttpStatusCode.BadRequest)).HasError("endsOn"));
        Assert.True((await (await officer.PostAsync($"/api/lottery/outlets/{other.Id()}/contracts",
            new StringContent("{\"number\":", System.Text.Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.BadRequest)).TryGetProperty("title", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await SignAsync(host.Client(Staff.WanshengClerk), other, "HT-2026-003", Today(), Today(400))).StatusCode);
        await (await SignAsync(officer, other, "HT-2026-002", Today(), Today(700))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await SignAsync(officer, outlet, "HT-2026-009", Today(), Today(700))).StatusCode);

        var expiring = (await (await officer.GetAsync("/api/lottery/contracts?expiring=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(c => c.Text("number")).ToList();
        Assert.Contains("HT-2026-001", expiring);
        Assert.DoesNotContain("HT-2026-002", expiring);
        var work = (await (await officer.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray().ToDictionary(i => i.Text("key"));
        Assert.True(work["lottery.contracts-expiring"].GetProperty("count").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(Staff.WanshengClerk).GetAsync("/api/platform/work")).StatusCode);

        var renewed = await (await officer.PostAsJsonAsync($"/api/lottery/contracts/{contract.Id()}/renew/{contract.Version()}",
            new { signedOn = Today(), endsOn = Today(30 + 365 * 3) })).JsonAsync();
        Assert.Equal(Today(31), renewed.Text("startsOn"));
        Assert.Equal(2, renewed.GetProperty("terms").GetArrayLength());
        Assert.Equal(Today(30), renewed.GetProperty("terms")[0].Text("endsOn"));
        Assert.False(renewed.GetProperty("expiring").GetBoolean());
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsJsonAsync($"/api/lottery/contracts/{contract.Id()}/terminate/{contract.Version()}",
            new { reason = "业主申请" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var ended = await (await officer.PostAsJsonAsync($"/api/lottery/contracts/{contract.Id()}/terminate/{renewed.Version()}", new { reason = "业主申请解除" })).JsonAsync();
        Assert.Equal("terminated", ended.Text("status"));
    }

    [Fact]
    public async Task Terminals_keep_to_the_limit_of_the_outlet_kind_go_only_to_open_outlets_have_unique_serials_and_leave_with_the_closure()
    {
        var officer = host.Client(Staff.Officer);
        var shared = await OpenAsync(officer, kind: "shared");
        var dedicated = await OpenAsync(officer, stationNumber: $"ZY{Interlocked.Increment(ref _place)}");
        var first = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{shared.Id()}/terminals", new { serialNumber = "T-0001" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("installed", first.Text("status"));
        var second = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{shared.Id()}/terminals", new { serialNumber = "T-0002" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("兼营网点最多配置1台销售终端（终端数量规定）", second.Text("detail"));
        Assert.True((await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{dedicated.Id()}/terminals", new { serialNumber = "T-0001" }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("serialNumber"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync($"/api/lottery/outlets/{dedicated.Id()}/terminals",
            new { serialNumber = "T-0003" })).StatusCode);

        // Moved by the target's 网点编号; the earlier placement is kept.
        var moved = await (await officer.PostAsJsonAsync($"/api/lottery/terminals/{first.Id()}/move/{first.Version()}",
            new { stationNumber = dedicated.Text("stationNumber"), reason = "网点调整" })).JsonAsync();
        Assert.Equal(dedicated.Id(), moved.Text("outletId"));
        Assert.Equal(2, moved.GetProperty("placements").GetArrayLength());
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsJsonAsync($"/api/lottery/terminals/{first.Id()}/move/{first.Version()}",
            new { outletId = shared.Id(), reason = "再调整" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        // Closing the 专营 outlet withdraws its terminal; it cannot be moved to the closed outlet afterwards either.
        await (await SignAsync(officer, dedicated, $"HT-T-{_place}", Today(), Today(365))).JsonAsync(HttpStatusCode.Created);
        var reopened = await (await officer.GetAsync($"/api/lottery/outlets/{dedicated.Id()}")).JsonAsync();
        await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{dedicated.Id()}/close/{reopened.Version()}", new { reason = "业主停业" })).JsonAsync();
        var withdrawn = await (await officer.GetAsync($"/api/lottery/terminals/{first.Id()}")).JsonAsync();
        Assert.Equal("withdrawn", withdrawn.Text("status"));
        Assert.Contains("网点关闭：业主停业", withdrawn.Text("placementsText"));
        var contracts = (await (await officer.GetAsync($"/api/lottery/contracts?outletId={dedicated.Id()}")).JsonAsync()).GetProperty("items");
        Assert.Equal("terminated", contracts[0].Text("status"));

        var spare = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{(await OpenAsync(officer)).Id()}/terminals", new { serialNumber = "T-0004" }))
            .JsonAsync(HttpStatusCode.Created);
        var toClosed = await (await officer.PostAsJsonAsync($"/api/lottery/terminals/{spare.Id()}/move/{spare.Version()}", new { outletId = dedicated.Id(), reason = "调整" }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("只有营业中的网点可以安装销售终端", toClosed.Text("detail"));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/lottery/outlets/{dedicated.Id()}/terminals", new { serialNumber = "T-0005" })).StatusCode);
    }

    [Fact]
    public async Task An_inspection_records_findings_citing_clauses_photos_and_a_recheck_not_before_it_and_a_town_clerk_inspects_only_the_town()
    {
        var officer = host.Client(Staff.Officer);
        var clerk = host.Client(Staff.WanshengClerk);
        var wansheng = await OpenAsync(officer);
        var donglin = await OpenAsync(officer, village: TestDistricts.VillageOfDonglin);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostAsJsonAsync($"/api/lottery/outlets/{donglin.Id()}/inspections",
            new { inspectedOn = Today(), inspectors = "张检、王查" })).StatusCode);
        Assert.True((await (await clerk.PostAsJsonAsync($"/api/lottery/outlets/{wansheng.Id()}/inspections", new { inspectedOn = Today(1), inspectors = "张检" }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("inspectedOn"));
        var inspection = await (await clerk.PostAsJsonAsync($"/api/lottery/outlets/{wansheng.Id()}/inspections",
            new { inspectedOn = Today(), inspectors = "张检、王查", notes = "例行检查" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("clean", inspection.Text("status"));

        var path = $"/api/lottery/inspections/{inspection.Id()}";
        Assert.True((await (await clerk.PostAsJsonAsync($"{path}/findings/{inspection.Version()}", new { clause = "no-such-clause", note = "x", correctBy = Today(10) }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("clause"));
        Assert.True((await (await clerk.PostAsJsonAsync($"{path}/findings/{inspection.Version()}", new { clause = "minors", note = "向未成年人售票" }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("correctBy"));
        var found = await (await clerk.PostAsJsonAsync($"{path}/findings/{inspection.Version()}", new { clause = "minors", note = "向一名中学生出售即开票", correctBy = Today(10) })).JsonAsync();
        Assert.Equal("correcting", found.Text("status"));
        Assert.Equal("不得向未成年人销售彩票和兑奖", found.GetProperty("findings")[0].Text("clauseText"));
        Assert.Equal(ProblemTypes.StaleVersion, (await (await clerk.PostAsJsonAsync($"{path}/findings/{inspection.Version()}",
            new { clause = "credit", note = "赊销" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync($"{path}/photos", Photo(png, "现场.png", "image/png"))).StatusCode);
        Assert.True((await (await clerk.PostAsync($"{path}/photos", Photo([1, 2], "说明.txt", "text/plain"))).JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
        // Said to be a PNG, but its bytes are not: refused, so nothing is served back under a type it is not.
        Assert.True((await (await clerk.PostAsync($"{path}/photos", Photo("<html>"u8.ToArray(), "假图.png", "image/png"))).JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
        var photos = await (await clerk.GetAsync($"{path}/photos")).JsonAsync();
        Assert.Equal(png, await clerk.GetByteArrayAsync($"{path}/photos/{photos[0].Id()}"));

        // Ten days on, the deadline has passed: listed as overdue until the recheck.
        host.Clock.Advance(TimeSpan.FromDays(11));
        var overdue = (await (await clerk.GetAsync("/api/lottery/inspections?overdue=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id());
        Assert.Contains(inspection.Id(), overdue);
        Assert.True((await (await clerk.PostAsJsonAsync($"{path}/recheck/{found.Version()}", new { recheckedOn = Today(-12), correctedAll = true }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("recheckedOn"));
        var rechecked = await (await clerk.PostAsJsonAsync($"{path}/recheck/{found.Version()}", new { recheckedOn = Today(), correctedAll = false })).JsonAsync();
        Assert.Equal("rechecked", rechecked.Text("status"));
        Assert.Equal("not-corrected", rechecked.GetProperty("findings")[0].Text("outcome"));
        Assert.DoesNotContain(inspection.Id(), (await (await clerk.GetAsync("/api/lottery/inspections?overdue=true&pageSize=100")).JsonAsync()).GetProperty("items")
            .EnumerateArray().Select(i => i.Id()));
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"{path}/recheck/{rechecked.Version()}", new { recheckedOn = Today() })).StatusCode);
    }

    [Fact]
    public async Task A_penalty_keeps_to_the_range_can_terminate_the_contract_and_puts_the_operator_on_the_violations_list_that_refuses_the_next_outlet()
    {
        var officer = host.Client(Staff.Officer);
        var idNumber = SyntheticIds.NextIdNumber();
        var outlet = await OpenAsync(officer, idNumber: idNumber);
        await (await SignAsync(officer, outlet, $"HT-P-{Interlocked.Increment(ref _place)}", Today(), Today(365))).JsonAsync(HttpStatusCode.Created);
        var inspection = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/inspections", new { inspectedOn = Today(), inspectors = "张检、王查" }))
            .JsonAsync(HttpStatusCode.Created);
        var path = $"/api/lottery/inspections/{inspection.Id()}/penalties";
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(path, Decision(5_000, "民罚〔2026〕0号"))).StatusCode);
        await (await officer.PostAsJsonAsync($"/api/lottery/inspections/{inspection.Id()}/findings/{inspection.Version()}",
            new { clause = "terminal", note = "将销售终端出租给他人", correctBy = Today(7) })).JsonAsync();

        var low = await (await officer.PostAsJsonAsync(path, Decision(1_999.99m, "民罚〔2026〕1号"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2,000元至10,000元", low.GetProperty("errors").GetProperty("amount")[0].GetString());
        Assert.True((await (await officer.PostAsJsonAsync(path, Decision(10_000.01m, "民罚〔2026〕1号"))).JsonAsync(HttpStatusCode.BadRequest)).HasError("amount"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync(path, Decision(5_000, "民罚〔2026〕1号"))).StatusCode);
        var penalty = await (await officer.PostAsJsonAsync(path, Decision(10_000, "民罚〔2026〕1号", terminate: true))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(10_000m, penalty.GetProperty("amount").GetDecimal());
        Assert.True(penalty.GetProperty("contractTerminated").GetBoolean());
        Assert.True((await (await officer.PostAsJsonAsync(path, Decision(2_000, "民罚〔2026〕1号"))).JsonAsync(HttpStatusCode.BadRequest)).HasError("decisionNumber"));
        var contract = (await (await officer.GetAsync($"/api/lottery/contracts?outletId={outlet.Id()}")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal("terminated", contract.Text("status"));
        Assert.Contains("民罚〔2026〕1号", contract.Text("terminationReason"));

        var listed = (await (await officer.GetAsync("/api/lottery/penalties?listed=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(listed, p => p.Id() == penalty.Id() && p.Text("operatorIdentifier") != idNumber);

        // The same operator applies for another outlet: the siting check names the violations rule, the approval refuses it.
        var again = await (await officer.ApplyAsync(-50_000, operatorIdNumber: idNumber)).JsonAsync(HttpStatusCode.Created);
        Assert.Contains(again.GetProperty("siting").GetProperty("breaches").EnumerateArray(), b => b.GetString()!.StartsWith("业主在违规名单中", StringComparison.Ordinal));
        var refused = await (await officer.PostAsync($"/api/lottery/outlets/{again.Id()}/approve/{again.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("3年内不得设立网点", refused.Text("detail"));
    }

    [Fact]
    public async Task A_withdrawn_penalty_leaves_the_violations_list_stays_on_record_and_is_withdrawn_once_by_the_district()
    {
        var officer = host.Client(Staff.Officer);
        var idNumber = SyntheticIds.NextIdNumber();
        var outlet = await OpenAsync(officer, idNumber: idNumber);
        var inspection = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/inspections", new { inspectedOn = Today(), inspectors = "张检、王查" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/lottery/inspections/{inspection.Id()}/findings/{inspection.Version()}",
            new { clause = "credit", note = "赊账售票", correctBy = Today(7) })).JsonAsync();
        var number = $"民罚〔2026〕W{Interlocked.Increment(ref _place)}号";
        var penalty = await (await officer.PostAsJsonAsync($"/api/lottery/inspections/{inspection.Id()}/penalties", Decision(3_000, number))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("in-force", penalty.Text("status"));
        Assert.Equal(JsonValueKind.Null, penalty.GetProperty("withdrawalNotice").ValueKind);
        var before = await (await officer.ApplyAsync(-60_000, operatorIdNumber: idNumber)).JsonAsync(HttpStatusCode.Created);
        Assert.False(before.GetProperty("siting").GetProperty("passes").GetBoolean());

        var withdraw = $"/api/lottery/penalties/{penalty.Id()}/withdraw";
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync($"{withdraw}/{penalty.Version()}", new { reason = "复议撤销" })).StatusCode);
        Assert.True((await (await officer.PostAsJsonAsync($"{withdraw}/{penalty.Version()}", new { reason = "" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var withdrawn = await (await officer.PostAsJsonAsync($"{withdraw}/{penalty.Version()}", new { reason = "渝民复决〔2026〕3号行政复议决定撤销" })).JsonAsync();
        Assert.Equal("withdrawn", withdrawn.Text("status"));
        Assert.Equal(Today(), withdrawn.Text("withdrawnOn"));
        // What the printed decision carries from now on.
        Assert.Equal($"本决定已于{Today()}撤销，不再执行。撤销理由：渝民复决〔2026〕3号行政复议决定撤销", withdrawn.Text("withdrawalNotice"));
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsJsonAsync($"{withdraw}/{penalty.Version()}", new { reason = "再次" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var twice = await (await officer.PostAsJsonAsync($"{withdraw}/{withdrawn.Version()}", new { reason = "再次" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已于", twice.Text("detail"));
        Assert.Contains("撤销，不能再次撤销", twice.Text("detail"));

        // Off the list, on record; the operator's pending application now passes and opens.
        Assert.DoesNotContain((await (await officer.GetAsync("/api/lottery/penalties?listed=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(),
            p => p.Id() == penalty.Id());
        Assert.Contains((await (await officer.GetAsync("/api/lottery/penalties?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(),
            p => p.Id() == penalty.Id() && p.Text("status") == "withdrawn");
        var now = await (await officer.GetAsync($"/api/lottery/outlets/{before.Id()}")).JsonAsync();
        Assert.True(now.GetProperty("siting").GetProperty("passes").GetBoolean());
        Assert.Equal("open", (await (await officer.PostAsync($"/api/lottery/outlets/{before.Id()}/approve/{now.Version()}", null)).JsonAsync()).Text("status"));
        var history = (await (await officer.GetAsync($"/api/lottery/outlets/{outlet.Id()}")).JsonAsync()).GetProperty("history").EnumerateArray().Select(h => h.Text("title"));
        Assert.Contains("撤销处罚", history);
    }

    [Fact]
    public async Task An_outlet_answers_its_contracts_terminals_past_and_current_inspections_and_penalties()
    {
        var officer = host.Client(Staff.Officer);
        var outlet = await OpenAsync(officer);
        var other = await OpenAsync(officer);
        var n = Interlocked.Increment(ref _place);
        var contract = await (await SignAsync(officer, outlet, $"HT-R-{n}", Today(), Today(365))).JsonAsync(HttpStatusCode.Created);
        var moved = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/terminals", new { serialNumber = $"T-R-{n}-1" })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/lottery/terminals/{moved.Id()}/move/{moved.Version()}", new { outletId = other.Id(), reason = "网点调整" })).JsonAsync();
        var staying = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/terminals", new { serialNumber = $"T-R-{n}-2" })).JsonAsync(HttpStatusCode.Created);
        var inspection = await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{outlet.Id()}/inspections", new { inspectedOn = Today(), inspectors = "张检、王查" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/lottery/inspections/{inspection.Id()}/findings/{inspection.Version()}",
            new { clause = "licence", note = "未张贴代销证", correctBy = Today(7) })).JsonAsync();
        var penalty = await (await officer.PostAsJsonAsync($"/api/lottery/inspections/{inspection.Id()}/penalties", Decision(2_500, $"民罚〔2026〕R{n}号"))).JsonAsync(HttpStatusCode.Created);

        var view = await (await officer.GetAsync($"/api/lottery/outlets/{outlet.Id()}")).JsonAsync();
        var contracts = view.GetProperty("contracts").EnumerateArray().ToList();
        Assert.Equal([(contract.Id(), $"HT-R-{n}", "active", Today(365))], contracts.Select(c => (c.Id(), c.Text("number"), c.Text("status"), c.Text("endsOn"))));
        var terminals = view.GetProperty("terminals").EnumerateArray().ToDictionary(t => t.Text("serialNumber"));
        Assert.Equal(2, terminals.Count);
        Assert.False(terminals[$"T-R-{n}-1"].GetProperty("current").GetBoolean());
        Assert.Equal(Today(), terminals[$"T-R-{n}-1"].Text("removedOn"));
        Assert.True(terminals[$"T-R-{n}-2"].GetProperty("current").GetBoolean());
        Assert.Equal(staying.Id(), terminals[$"T-R-{n}-2"].Id());
        var inspections = view.GetProperty("inspections").EnumerateArray().Single();
        Assert.Equal((inspection.Id(), "correcting", 1), (inspections.Id(), inspections.Text("status"), inspections.GetProperty("findings").GetInt32()));
        var penalties = view.GetProperty("penalties").EnumerateArray().Single();
        Assert.Equal((penalty.Id(), $"民罚〔2026〕R{n}号", 2_500m, "in-force"),
            (penalties.Id(), penalties.Text("decisionNumber"), penalties.GetProperty("amount").GetDecimal(), penalties.Text("status")));
        // The outlet the terminal went to lists it as current there.
        var there = (await (await officer.GetAsync($"/api/lottery/outlets/{other.Id()}")).JsonAsync()).GetProperty("terminals").EnumerateArray().Single();
        Assert.True(there.GetProperty("current").GetBoolean());
        Assert.Empty((await (await officer.GetAsync($"/api/lottery/outlets/{other.Id()}")).JsonAsync()).GetProperty("penalties").EnumerateArray());
    }

    private object Decision(decimal amount, string number, bool terminate = false) =>
        new { amount, decisionNumber = number, decidedOn = Today(), reasons = "出租销售终端", terminateContract = terminate };

    private static MultipartFormDataContent Photo(byte[] bytes, string name, string type)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
