using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// The 公益金 ledger over HTTP: receipts, allocations, disbursements, returns, reversals; balances never below zero, even
/// for two requests at once; the 60 days of unclaimed prizes; the credit lists copied from socialorg's events; the district's
/// posting. The fund's balance is shared by the class's tests, so they compare before and after.
/// </summary>
public sealed class FundTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    private readonly HttpClient _officer = host.Client(FundStaff.Officer);

    [Fact]
    public async Task Money_moves_from_receipt_to_project_to_recipient_and_back_and_no_balance_goes_below_zero()
    {
        var before = await _officer.FundBalanceAsync();
        var receipt = await (await _officer.ReceiveAsync(1000.50m)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("receipt", receipt.Text("kind"));
        Assert.Equal("本级留成", receipt.Text("sourceText"));
        Assert.Equal(before + 1000.50m, await _officer.FundBalanceAsync());

        var project = await _officer.ProjectAsync(town: TestDistricts.TownWansheng);
        var tooMuch = await (await _officer.MoveAsync(project, "allocate", before + 1000.51m)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("公益金未拨付余额不足", tooMuch.Text("detail"));

        project = await (await _officer.MoveAsync(project, "allocate", 600m)).JsonAsync();
        Assert.Equal(600m, project.Money("balance"));
        Assert.Equal(before + 400.50m, await _officer.FundBalanceAsync());
        var overdrawn = await (await _officer.MoveAsync(project, "disburse", 600.01m)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("项目余额不足", overdrawn.Text("detail"));
        project = await (await _officer.MoveAsync(project, "disburse", 500m)).JsonAsync();
        project = await (await _officer.MoveAsync(project, "return", 100m)).JsonAsync();
        Assert.Equal(0m, project.Money("balance"));
        Assert.Equal((600m, 500m, 100m), (project.Money("allocated"), project.Money("disbursed"), project.Money("returned")));
        Assert.Equal(before + 500.50m, await _officer.FundBalanceAsync());
        Assert.Equal(3, project.GetProperty("movements").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await _officer.MoveAsync(project, "return", 0.01m)).StatusCode);
    }

    [Fact]
    public async Task Two_simultaneous_disbursements_cannot_drain_one_project_twice()
    {
        await _officer.ReceiveAsync(100m);
        var project = await _officer.ProjectAsync();
        project = await (await _officer.MoveAsync(project, "allocate", 100m)).JsonAsync();

        var both = await Task.WhenAll(_officer.MoveAsync(project, "disburse", 80m), _officer.MoveAsync(project, "disburse", 80m));
        Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(both, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
        var reloaded = await _officer.ReloadAsync(project);
        Assert.Equal(20m, reloaded.Money("balance"));
        Assert.Single(reloaded.GetProperty("movements").EnumerateArray(), m => m.Text("kind") == "disbursement");
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_of_the_project_is_refused()
    {
        await _officer.ReceiveAsync(50m);
        var project = await _officer.ProjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await _officer.MoveAsync(project, "allocate", 10m)).StatusCode);
        var stale = await (await _officer.MoveAsync(project, "allocate", 10m)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.StaleVersion, stale.Text("type"));
        Assert.Equal(10m, (await _officer.ReloadAsync(project)).Money("balance"));
    }

    [Fact]
    public async Task A_movement_is_never_edited_nor_deleted_but_reversed_once()
    {
        await _officer.ReceiveAsync(300m);
        var project = await _officer.ProjectAsync();
        project = await (await _officer.MoveAsync(project, "allocate", 200m)).JsonAsync();
        project = await (await _officer.MoveAsync(project, "disburse", 150m)).JsonAsync();
        var disbursement = project.GetProperty("movements").EnumerateArray().Single(m => m.Text("kind") == "disbursement");
        var url = $"/api/lottery/fund/movements/{disbursement.Id()}";

        Assert.Contains((await _officer.PutAsJsonAsync(url, new { amount = 1 })).StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        Assert.Contains((await _officer.DeleteAsync(url)).StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });

        Assert.True((await (await _officer.PostAsJsonAsync(url + "/reverse", new { reason = "" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var reversal = await (await _officer.PostAsJsonAsync(url + "/reverse", new { reason = "金额登记错误" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("reversal", reversal.Text("kind"));
        Assert.Equal(disbursement.Id(), reversal.Text("reversesId"));
        project = await _officer.ReloadAsync(project);
        Assert.Equal(200m, project.Money("balance"));
        Assert.Equal(0m, project.Money("disbursed"));
        var original = project.GetProperty("movements").EnumerateArray().Single(m => m.Id() == disbursement.Id());
        Assert.Equal(reversal.Id(), original.Text("reversedBy"));
        Assert.Equal(150m, original.Money("amount"));

        Assert.Contains("不能重复冲销", (await (await _officer.PostAsJsonAsync(url + "/reverse", new { reason = "再来一次" })).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Equal(HttpStatusCode.Conflict, (await _officer.PostAsJsonAsync($"/api/lottery/fund/movements/{reversal.Id()}/reverse", new { reason = "冲销冲销" })).StatusCode);
    }

    [Fact]
    public async Task A_receipt_already_allocated_cannot_be_reversed_below_zero()
    {
        var before = await _officer.FundBalanceAsync();
        var receipt = await (await _officer.ReceiveAsync(70m)).JsonAsync(HttpStatusCode.Created);
        var project = await _officer.ProjectAsync();
        await _officer.MoveAsync(project, "allocate", before + 70m);
        var refused = await (await _officer.PostAsJsonAsync($"/api/lottery/fund/movements/{receipt.Id()}/reverse", new { reason = "重复登记" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("公益金未拨付余额不足", refused.Text("detail"));
        Assert.Equal(0m, await _officer.FundBalanceAsync());
    }

    [Fact]
    public async Task Unclaimed_prizes_are_transferred_only_60_days_after_the_draw()
    {
        var early = await (await _officer.ReceiveAsync(88m, "unclaimed-prizes", on: "2026-05-01", drawDate: "2026-03-03")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(early.HasError("drawDate"));
        Assert.True((await (await _officer.ReceiveAsync(88m, "unclaimed-prizes", on: "2026-05-01")).JsonAsync(HttpStatusCode.BadRequest)).HasError("drawDate"));
        var onTime = await (await _officer.ReceiveAsync(88m, "unclaimed-prizes", on: "2026-05-01", drawDate: "2026-03-02")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-03-02", onTime.Text("drawDate"));
        Assert.Equal("逾期未兑奖奖金", onTime.Text("sourceText"));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field()
    {
        var bad = await (await _officer.PostAsJsonAsync("/api/lottery/fund/receipts", new { source = "gift", amount = 1.234m, receivedOn = "2026-06-02" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("source") && bad.HasError("amount") && bad.HasError("receivedOn"));
        var project = await _officer.ProjectAsync();
        Assert.True((await (await _officer.MoveAsync(project, "allocate", 0m)).JsonAsync(HttpStatusCode.BadRequest)).HasError("amount"));
        var badProject = await (await _officer.PostAsJsonAsync("/api/lottery/fund/projects", new { name = "", recipientName = "某中心", recipientCreditCode = "123", purpose = "x", year = 2026 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badProject.HasError("name") && badProject.HasError("recipientCreditCode"));
        Assert.Equal(HttpStatusCode.BadRequest, (await _officer.GetAsync("/api/lottery/fund/movements?kind=gift")).StatusCode);
    }

    [Fact]
    public async Task Posting_is_the_districts_and_a_town_clerk_reads_only_their_town()
    {
        var clerk = host.Client(FundStaff.TownClerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.ReceiveAsync(10m)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/lottery/fund/projects", new { name = "镇项目", recipientName = "某村", purpose = "x", year = 2026 })).StatusCode);
        await _officer.ReceiveAsync(10m);
        var mine = await _officer.ProjectAsync(town: TestDistricts.TownWansheng);
        var theirs = await _officer.ProjectAsync(town: TestDistricts.TownDonglin);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.MoveAsync(mine, "allocate", 1m)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/lottery/fund/projects/{mine.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/lottery/fund/projects/{theirs.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(FundStaff.Reader).ReceiveAsync(10m)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/lottery/fund/movements/{Guid.NewGuid()}/reverse", new { reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task An_organisation_on_a_credit_list_is_refused_an_allocation_until_it_is_removed()
    {
        await _officer.ReceiveAsync(500m);
        var code = FundApi.NextCreditCode();
        var project = await _officer.ProjectAsync(code);
        var entry = Guid.NewGuid();
        var listed = new { entryId = entry, organisationId = Guid.NewGuid(), creditCode = code, list = "abnormal", cause = "未按规定报送年度工作报告", enteredOn = "2026-04-01" };
        await host.DeliverAsync("socialorg.listed", listed);
        await host.DeliverAsync("socialorg.listed", listed);
        var refused = await (await _officer.MoveAsync(project, "allocate", 100m)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("活动异常名录", refused.Text("detail"));
        Assert.Equal("已列入活动异常名录", (await _officer.ReloadAsync(project)).Text("creditListing"));

        await host.DeliverAsync("socialorg.delisted", new { entryId = entry, organisationId = Guid.NewGuid(), creditCode = code, list = "abnormal", removedOn = "2026-05-15" });
        project = await _officer.ReloadAsync(project);
        Assert.Equal("未列入信用名录", project.Text("creditListing"));
        Assert.Equal(HttpStatusCode.OK, (await _officer.MoveAsync(project, "allocate", 100m)).StatusCode);
    }

    [Fact]
    public async Task The_movements_are_filtered_paged_and_exported()
    {
        var receipt = await (await _officer.ReceiveAsync(12.34m, "other", on: "2025-12-31")).JsonAsync(HttpStatusCode.Created);
        var page = await (await _officer.GetAsync("/api/lottery/fund/movements?year=2025&kind=receipt&pageSize=5")).JsonAsync();
        Assert.Contains(page.GetProperty("items").EnumerateArray(), m => m.Id() == receipt.Id());
        Assert.All(page.GetProperty("items").EnumerateArray(), m => Assert.StartsWith("2025-", m.Text("occurredOn")));
        var sheet = TestWorkbooks.Read(await (await _officer.GetAsync("/api/lottery/fund/movements.xlsx?year=2025")).Content.ReadAsByteArrayAsync());
        Assert.Equal("金额（元）", sheet[0][4]);
        Assert.Contains(sheet, row => row[0] == "2025-12-31" && row[2] == "其他收入" && row[4] == "12.34");
    }

    [Fact]
    public async Task A_funding_mark_photo_is_kept_with_its_project_and_anything_else_is_refused()
    {
        var project = await _officer.ProjectAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(png), "file", "标识.png" }, { new StringContent("服务站门口"), "note" } };
        var evidence = await (await _officer.PostAsync($"/api/lottery/fund/projects/{project.Id()}/evidence", form)).JsonAsync(HttpStatusCode.Created);
        var photo = await _officer.GetAsync(evidence.Text("url"));
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await photo.Content.ReadAsByteArrayAsync());
        Assert.Single((await _officer.ReloadAsync(project)).GetProperty("evidence").EnumerateArray());

        using var fake = new MultipartFormDataContent { { new ByteArrayContent("not a photo"u8.ToArray()), "file", "标识.png" } };
        Assert.True((await (await _officer.PostAsync($"/api/lottery/fund/projects/{project.Id()}/evidence", fake)).JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
    }
}
