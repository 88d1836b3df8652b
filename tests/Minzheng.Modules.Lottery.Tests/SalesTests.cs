using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// The sales centre's monthly file: each row checked (outlet known, in scope and open, month not in the future, amount,
/// game kind), a re-sent month replacing the figure with the difference shown, the same file twice changing nothing,
/// a bad file refused whole.
/// </summary>
public sealed class SalesTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    private const string Header = "月份,网点编号,游戏类别,销售额（元）\r\n";

    [Fact]
    public async Task Each_row_is_checked_and_the_refused_ones_are_reported_under_their_columns()
    {
        var officer = host.Client(Staff.Officer);
        var number = await SalesApi.OpenOutletAsync(officer);
        var month = SalesApi.Month(host);
        var next = SalesApi.Month(host, 1);
        var csv = Header
            + $"{month},{number},双色球,12000\r\n"       // row 2: fine
            + $"{month},NO-SUCH,双色球,100\r\n"          // row 3: unknown outlet
            + $"{month},{number},福彩3D,-5\r\n"          // row 4: negative
            + $"{next},{number},快乐8,100\r\n"           // row 5: next month
            + $"{month},{number},大乐透,100\r\n"          // row 6: not a welfare lottery game
            + $"{month},{number},双色球,13000\r\n"       // row 7: row 2 again in the same file
            + $"五月,{number},即开型,abc\r\n";             // row 8: two fields wrong
        var import = await (await SalesApi.ImportAsync(officer, "销量.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((7, 1, 0, 0, 6), SalesApi.Counts(import));
        var errors = await SalesApi.ListAsync(officer, $"/api/lottery/sales/imports/{import.Id()}/errors");
        Assert.Equal([3, 4, 5, 6, 7, 8], errors.Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("网点编号：没有编号为 NO-SUCH 的销售网点", errors[0].Text("message"));
        Assert.Contains("销售额（元）：不能为负数", errors[1].Text("message"));
        Assert.Contains("月份：不能晚于本月", errors[2].Text("message"));
        Assert.Contains("游戏类别：应为以下之一", errors[3].Text("message"));
        Assert.Contains("第2行", errors[4].Text("message"));
        Assert.Contains("月份：", errors[5].Text("message"));
        Assert.Contains("销售额（元）：", errors[5].Text("message"));
    }

    [Fact]
    public async Task A_re_sent_month_replaces_with_the_difference_shown_and_the_same_file_twice_changes_nothing()
    {
        var officer = host.Client(Staff.Officer);
        var number = await SalesApi.OpenOutletAsync(officer);
        var month = SalesApi.Month(host);
        var first = TestWorkbooks.Xlsx([["月份", "网点编号", "游戏类别", "销售额（元）"], [month, number, "双色球", "10000"], [month, number, "即开型", "2000.50"]]);
        var created = await (await SalesApi.ImportAsync(officer, "六月.xlsx", first)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 2, 0, 0, 0), SalesApi.Counts(created));
        Assert.Contains("新增2条（12,000.50元）", created.Text("outcome"));

        var again = await (await SalesApi.ImportAsync(officer, "六月.xlsx", first)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 0, 0, 2, 0), SalesApi.Counts(again));
        Assert.Contains("替换0条，差额0.00元", again.Text("outcome"));
        Assert.Empty(await SalesApi.ListAsync(officer, $"/api/lottery/sales/imports/{again.Id()}/replaced"));

        // The centre corrects the month: 双色球 up by 1,500, 即开型 down by 2,000.50 to nothing; the columns in another order.
        var corrected = Encoding.UTF8.GetBytes($"网点编号,月份,销售额（元）,游戏类别\r\n{number},{month},11500,双色球\r\n{number},{month},0,即开型\r\n");
        var replaced = await (await SalesApi.ImportAsync(officer, "六月更正.csv", corrected)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 0, 2, 0, 0), SalesApi.Counts(replaced));
        Assert.Equal(-500.50m, replaced.GetProperty("difference").GetDecimal());
        Assert.Contains("替换2条，差额−500.50元", replaced.Text("outcome"));
        var rows = await SalesApi.ListAsync(officer, $"/api/lottery/sales/imports/{replaced.Id()}/replaced");
        Assert.Equal([(10000m, 11500m, 1500m), (2000.50m, 0m, -2000.50m)],
            rows.Select(r => (r.GetProperty("previous").GetDecimal(), r.GetProperty("amount").GetDecimal(), r.GetProperty("difference").GetDecimal())));
        Assert.Equal(number, rows[0].Text("stationNumber"));

        var outlet = await SalesApi.OutletReportRowAsync(officer, number, month);
        Assert.Equal(11500m, outlet.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_town_clerk_imports_the_town_s_outlets_only()
    {
        var officer = host.Client(Staff.Officer);
        var clerk = host.Client(Staff.WanshengClerk);
        var own = await SalesApi.OpenOutletAsync(officer);
        var other = await SalesApi.OpenOutletAsync(officer, TestDistricts.VillageOfDonglin);
        var month = SalesApi.Month(host);
        var csv = Header + $"{month},{own},快乐8,300\r\n{month},{other},快乐8,400\r\n";
        var import = await (await SalesApi.ImportAsync(clerk, "镇街.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 1, 0, 0, 1), SalesApi.Counts(import));
        var error = Assert.Single(await SalesApi.ListAsync(clerk, $"/api/lottery/sales/imports/{import.Id()}/errors"));
        Assert.Equal("网点编号：该网点不在您的辖区内", error.Text("message"));
        // The district sees the clerk's import; the clerk does not see the district's.
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/lottery/sales/imports/{import.Id()}")).StatusCode);
        var district = await (await SalesApi.ImportAsync(officer, "区.csv", Encoding.UTF8.GetBytes(Header + $"{month},{other},快乐8,400\r\n"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/lottery/sales/imports/{district.Id()}")).StatusCode);
    }

    [Fact]
    public async Task An_outlet_not_yet_open_in_the_month_has_no_sales()
    {
        var officer = host.Client(Staff.Officer);
        var applied = await (await officer.ApplyAsync(SalesApi.NextPlace(), kind: "shared", stationNumber: SalesApi.NextNumber())).JsonAsync(HttpStatusCode.Created);
        var csv = Header + $"{SalesApi.Month(host)},{applied.Text("stationNumber")},双色球,1\r\n";
        var import = await (await SalesApi.ImportAsync(officer, "未设立.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, import.GetProperty("failed").GetInt32());
        Assert.Contains("未批准设立", (await SalesApi.ListAsync(officer, $"/api/lottery/sales/imports/{import.Id()}/errors"))[0].Text("message"));
    }

    [Fact]
    public async Task A_file_without_a_column_or_that_is_not_a_workbook_is_refused_whole_and_saves_nothing()
    {
        var officer = host.Client(Staff.Officer);
        var before = (await SalesApi.ListAsync(officer, "/api/lottery/sales/imports?pageSize=200")).Count;
        var missing = await (await SalesApi.ImportAsync(officer, "缺列.csv", Encoding.UTF8.GetBytes("月份,网点编号,销售额（元）\r\n2026-06,X,1\r\n"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("缺少列：游戏类别", missing.GetProperty("errors").GetProperty("file")[0].GetString());
        var broken = await (await SalesApi.ImportAsync(officer, "销量.xlsx", Encoding.UTF8.GetBytes("this is not a workbook"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(broken.HasError("file"));
        Assert.True((await (await SalesApi.ImportAsync(officer, "销量.txt", [1, 2, 3])).JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
        Assert.True((await (await SalesApi.ImportAsync(officer, "空.csv", Encoding.UTF8.GetBytes(Header))).JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
        Assert.Equal(before, (await SalesApi.ListAsync(officer, "/api/lottery/sales/imports?pageSize=200")).Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await SalesApi.ImportAsync(host.Client(TestStaff.District(TestDistricts.First, LotteryPermissions.Read)), "x.csv", [1])).StatusCode);
    }

    [Fact]
    public async Task The_template_holds_the_header_and_two_outlets_cannot_share_a_number()
    {
        var officer = host.Client(Staff.Officer);
        var template = TestWorkbooks.Read(await (await officer.GetAsync("/api/lottery/sales/imports/template.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal(["月份", "网点编号", "游戏类别", "销售额（元）"], template[0]);
        var number = await SalesApi.OpenOutletAsync(officer);
        Assert.True((await (await officer.ApplyAsync(SalesApi.NextPlace(), kind: "shared", stationNumber: number)).JsonAsync(HttpStatusCode.BadRequest)).HasError("stationNumber"));

        // An outlet applied for without a number is given one later, by the district, never one already used.
        var unnumbered = await (await officer.ApplyAsync(SalesApi.NextPlace(), kind: "shared")).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/lottery/outlets/{unnumbered.Id()}/station-number/{unnumbered.Version()}";
        Assert.True((await (await officer.PostAsJsonAsync(url, new { stationNumber = number })).JsonAsync(HttpStatusCode.BadRequest)).HasError("stationNumber"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync(url, new { stationNumber = "X1" })).StatusCode);
        var numbered = await (await officer.PostAsJsonAsync(url, new { stationNumber = SalesApi.NextNumber() })).JsonAsync();
        Assert.Contains(numbered.GetProperty("history").EnumerateArray(), s => s.Text("title") == "登记网点编号");
        Assert.NotNull(numbered.GetProperty("stationNumber").GetString());
    }
}

/// <summary>Reports by month, town and outlet, the export and the dashboard: they sum the whole district, so a host of their own.</summary>
public sealed class SalesReportTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    [Fact]
    public async Task Sales_are_summed_by_month_town_and_outlet_exported_with_a_total_and_shown_on_the_dashboard()
    {
        var officer = host.Client(Staff.Officer);
        var wansheng = await SalesApi.OpenOutletAsync(officer);
        var donglin = await SalesApi.OpenOutletAsync(officer, TestDistricts.VillageOfDonglin);
        var june = SalesApi.Month(host);
        host.Clock.Advance(TimeSpan.FromDays(31));
        var july = SalesApi.Month(host);
        var csv = "月份,网点编号,游戏类别,销售额（元）\r\n"
            + $"{june},{wansheng},双色球,1000\r\n{june},{wansheng},即开型,200\r\n{june},{donglin},双色球,300\r\n{july},{wansheng},快乐8,50.50\r\n";
        Assert.Equal(4, (await (await SalesApi.ImportAsync(officer, "两月.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.Created)).GetProperty("created").GetInt32());

        var byMonth = await SalesApi.ListAsync(officer, $"/api/lottery/sales/report?by=month&from={june}&to={july}");
        Assert.Equal([(june, 2, 1500m), (july, 1, 50.50m)], byMonth.Select(r => (r.Text("key"), r.GetProperty("outlets").GetInt32(), r.GetProperty("amount").GetDecimal())));
        var byTown = await SalesApi.ListAsync(officer, $"/api/lottery/sales/report?by=town&from={june}&to={july}");
        Assert.Equal([(TestDistricts.TownWansheng, 1250.50m), (TestDistricts.TownDonglin, 300m)],
            byTown.Select(r => (r.Text("key"), r.GetProperty("amount").GetDecimal())).OrderByDescending(r => r.Item2));
        var byOutlet = await SalesApi.ListAsync(officer, $"/api/lottery/sales/report?by=outlet&from={june}&to={june}&game=双色球");
        Assert.Equal([(wansheng, 1000m), (donglin, 300m)], byOutlet.Select(r => (r.Text("key"), r.GetProperty("amount").GetDecimal())));
        var clerkTowns = await SalesApi.ListAsync(host.Client(Staff.WanshengClerk), $"/api/lottery/sales/report?by=town&from={june}&to={july}");
        Assert.Equal([TestDistricts.TownWansheng], clerkTowns.Select(r => r.Text("key")));
        Assert.True((await (await officer.GetAsync("/api/lottery/sales/report?by=village&from=2026-13")).JsonAsync(HttpStatusCode.BadRequest)).HasError("by"));

        var export = await officer.GetAsync($"/api/lottery/sales/report.xlsx?by=month&from={june}&to={july}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = TestWorkbooks.Read(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(["编码", "名称", "有销量的网点数", "销售额（元）"], sheet[0]);
        // Every row of the list, in its order, then the total.
        Assert.Equal([june, july, "合计"], sheet.Skip(1).Select(r => r[0]));
        // A number cell: PostgreSQL keeps the column's two decimals, SQLite does not; the value is the same.
        Assert.Equal(["合计", "", "2"], sheet[^1].Take(3));
        Assert.Equal(1550.5m, decimal.Parse(sheet[^1][3], CultureInfo.InvariantCulture));

        var dashboard = await (await officer.GetAsync("/api/lottery/dashboard")).JsonAsync();
        Assert.Equal(2, dashboard.GetProperty("outlets").GetInt32());
        Assert.Contains("35", dashboard.Text("outletsTarget"));
        Assert.Equal("未达标", dashboard.Text("outletsVerdict"));
        Assert.Equal(1550.50m, dashboard.GetProperty("salesThisYear").GetDecimal());
        // The year's target is the plan's by default (Modules:lottery:Targets; DashboardTargetTests sets its own).
        Assert.Equal(114_000_000m, dashboard.GetProperty("salesTarget").GetDecimal());
        Assert.Equal("2026年目标 114,000,000元，已完成 0.0%", dashboard.Text("salesProgress"));
    }
}

/// <summary>The sales calls the tests repeat.</summary>
internal static class SalesApi
{
    private static int _counter;

    public static string NextNumber() => $"5001{Interlocked.Increment(ref _counter):D6}";

    // 兼营 outlets 2 km apart, north of the siting tests' places: no outlet rule and no school near.
    public static double NextPlace() => 40_000 + 2_000 * Interlocked.Increment(ref _counter);

    /// <summary>The month <paramref name="ahead"/> months after the host's today (Beijing), as the file writes it.</summary>
    public static string Month(LotteryHost host, int ahead = 0) =>
        host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMonths(ahead).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Applies for and approves a 兼营 outlet with a new number; that number.</summary>
    public static async Task<string> OpenOutletAsync(HttpClient officer, string village = TestDistricts.VillageOfWansheng)
    {
        var number = NextNumber();
        var outlet = await (await officer.ApplyAsync(NextPlace(), kind: "shared", village: village, stationNumber: number)).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsync($"/api/lottery/outlets/{outlet.Id()}/approve/{outlet.Version()}", null)).JsonAsync();
        return number;
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string fileName, byte[] body) =>
        client.PostAsync("/api/lottery/sales/imports", new MultipartFormDataContent { { new ByteArrayContent(body), "file", fileName } });

    /// <summary>(rows, created, replaced, unchanged, failed).</summary>
    public static (int, int, int, int, int) Counts(JsonElement i) => (i.GetProperty("rows").GetInt32(), i.GetProperty("created").GetInt32(),
        i.GetProperty("replaced").GetInt32(), i.GetProperty("unchanged").GetInt32(), i.GetProperty("failed").GetInt32());

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string url) =>
        [.. (await (await client.GetAsync(url)).JsonAsync()).GetProperty("items").EnumerateArray()];

    public static async Task<JsonElement> OutletReportRowAsync(HttpClient client, string number, string month) =>
        (await ListAsync(client, $"/api/lottery/sales/report?by=outlet&from={month}&to={month}&pageSize=200")).Single(r => r.Text("key") == number);
}
