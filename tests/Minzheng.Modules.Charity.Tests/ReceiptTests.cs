using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.Charity.Receipts;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>公益事业捐赠票据 through the real host: stock, number order, the deadline, void, reissue, reprint, the gap report.</summary>
public sealed class ReceiptTests(CharityHost host) : IClassFixture<CharityHost>
{
    private readonly HttpClient _officer = host.Client(Staff.Officer);
    private static int _codes = 10_000_000;

    private static string NextCode() => Interlocked.Increment(ref _codes).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> StockAsync(string organisation, string code, string first, string last, string receivedOn = "2026-05-01") =>
        await (await _officer.PostAsJsonAsync("/api/charity/receipt-stock", new { organisationId = organisation, code, firstNumber = first, lastNumber = last, receivedOn }))
            .JsonAsync(HttpStatusCode.Created);

    private async Task<JsonElement> DonationAsync(string organisation, decimal amount = 100m, string? receivedOn = null) =>
        await (await _officer.DonateAsync(organisation, amount, receivedOn: receivedOn)).JsonAsync(HttpStatusCode.Created);

    private Task<HttpResponseMessage> IssueAsync(JsonElement donation) => _officer.PostAsync($"/api/charity/donations/{donation.Id()}/receipt/{donation.Version()}", null);

    [Fact]
    public async Task Receipts_take_the_lowest_unused_number_of_the_oldest_range_in_order_with_every_field()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var older = NextCode();
        var newer = NextCode();
        await StockAsync(organisation, newer, "00000001", "00000010", receivedOn: "2026-05-20");
        await StockAsync(organisation, older, "00000099", "00000100", receivedOn: "2026-04-01");
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var receipt = await (await IssueAsync(await DonationAsync(organisation, 1234.56m))).JsonAsync(HttpStatusCode.Created);
            numbers.Add($"{receipt.Text("code")}-{receipt.Text("number")}");
            Assert.Equal("壹仟贰佰叁拾肆元伍角陆分", receipt.Text("amountInWords"));
            Assert.Equal("2026-06-01", receipt.Text("issuedOn"));
            Assert.Equal("李捐赠", receipt.Text("payerName"));
            Assert.Equal(6, receipt.Text("checkCode").Length);
            Assert.Equal("捐赠款", receipt.Text("item"));
        }
        Assert.Equal([$"{older}-00000099", $"{older}-00000100", $"{newer}-00000001"], numbers);
    }

    [Fact]
    public async Task Ranges_never_overlap_and_without_stock_no_number_is_invented()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var code = NextCode();
        var empty = await (await IssueAsync(await DonationAsync(organisation))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("没有可用的捐赠票据", empty.Text("detail"));
        await StockAsync(organisation, code, "0001", "0050");
        var overlap = await (await _officer.PostAsJsonAsync("/api/charity/receipt-stock", new { organisationId = organisation, code, firstNumber = "0050", lastNumber = "0060" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("重叠", overlap.GetProperty("errors").GetProperty("firstNumber")[0].GetString());
        var backwards = await (await _officer.PostAsJsonAsync("/api/charity/receipt-stock", new { organisationId = organisation, code = NextCode(), firstNumber = "0009", lastNumber = "0001" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(backwards.HasError("firstNumber"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync("/api/charity/receipt-stock",
            new { organisationId = organisation, code = NextCode(), firstNumber = "1", lastNumber = "2" })).StatusCode);
    }

    [Fact]
    public async Task A_receipt_is_issued_within_the_days_of_the_donation_once_and_never_for_a_declined_one()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        await StockAsync(organisation, NextCode(), "001", "100");
        var late = await (await IssueAsync(await DonationAsync(organisation, receivedOn: "2026-05-24"))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("应在7日内开具票据", late.Text("detail"));
        var inTime = await DonationAsync(organisation, receivedOn: "2026-05-25");
        var issued = await (await IssueAsync(inTime)).JsonAsync(HttpStatusCode.Created);
        var shown = await (await _officer.GetAsync($"/api/charity/donations/{inTime.Id()}")).JsonAsync();
        Assert.Equal("receipted", shown.Text("receiptState"));
        var twice = await (await _officer.PostAsync($"/api/charity/donations/{inTime.Id()}/receipt/{shown.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("一笔捐赠只开一张票据", twice.Text("detail"));
        Assert.Equal("001", issued.Text("number"));

        var declined = await DonationAsync(organisation);
        var after = await (await _officer.PostAsJsonAsync($"/api/charity/donations/{declined.Id()}/decline-receipt/{declined.Version()}", new { })).JsonAsync();
        Assert.Contains("捐赠人不要票据", (await (await _officer.PostAsync($"/api/charity/donations/{declined.Id()}/receipt/{after.Version()}", null))
            .JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var next = await (await IssueAsync(await DonationAsync(organisation))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("002", next.Text("number"));
    }

    [Fact]
    public void The_next_number_and_the_days_are_rules_of_their_own()
    {
        var a = new ReceiptStock { Id = Guid.NewGuid(), Code = "1", FirstNumber = 1, LastNumber = 2, ReceivedOn = new DateOnly(2026, 1, 1) };
        var b = new ReceiptStock { Id = Guid.NewGuid(), Code = "1", FirstNumber = 3, LastNumber = 4, ReceivedOn = new DateOnly(2026, 2, 1) };
        Assert.Equal((a, 1L), ReceiptRules.Next([b, a], new Dictionary<Guid, long>()));
        Assert.Equal((b, 3L), ReceiptRules.Next([b, a], new Dictionary<Guid, long> { [a.Id] = 2 }));
        Assert.Null(ReceiptRules.Next([b, a], new Dictionary<Guid, long> { [a.Id] = 2, [b.Id] = 4 }));
        Assert.NotNull(ReceiptRules.RefuseRange("1", 2, 3, [a]));
        Assert.Null(ReceiptRules.RefuseRange("2", 2, 3, [a]));
        var donation = new Donations.Donation { ReceivedOn = new DateOnly(2026, 6, 1) };
        Assert.Contains("不能在收到捐赠之前", ReceiptRules.RefuseIssue(donation, new DateOnly(2026, 5, 31), false, new ReceiptOptions()));
        Assert.Null(ReceiptRules.RefuseIssue(donation, new DateOnly(2026, 6, 8), false, new ReceiptOptions()));
        Assert.NotNull(ReceiptRules.RefuseIssue(donation, new DateOnly(2026, 6, 9), false, new ReceiptOptions()));
        Assert.Null(ReceiptRules.RefuseIssue(donation, new DateOnly(2026, 6, 9), true, new ReceiptOptions()));
    }

    [Theory]
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("10001.05", "壹万零壹元零伍分")]
    [InlineData("100100", "壹拾万零壹佰元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("0.5", "伍角")]
    [InlineData("3000000", "叁佰万元整")]
    public void Amounts_are_written_in_words(string amount, string words) =>
        Assert.Equal(words, ReceiptRules.InWords(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task A_void_keeps_its_number_and_the_donation_which_takes_the_next_number_and_the_gap_report_accounts_for_every_number()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var code = NextCode();
        await StockAsync(organisation, code, "0001", "0010");
        var donation = await DonationAsync(organisation, 500m);
        var first = await (await IssueAsync(donation)).JsonAsync(HttpStatusCode.Created);
        var noReason = await _officer.PostAsJsonAsync($"/api/charity/receipts/{first.Id()}/void/{first.Version()}", new { reason = "" });
        Assert.True((await noReason.JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var voided = await (await _officer.PostAsJsonAsync($"/api/charity/receipts/{first.Id()}/void/{first.Version()}", new { reason = "金额填写错误" })).JsonAsync();
        Assert.Equal("voided", voided.Text("status"));
        var again = await (await _officer.GetAsync($"/api/charity/donations/{donation.Id()}")).JsonAsync();
        Assert.Equal("none", again.Text("receiptState"));
        var second = await (await _officer.PostAsync($"/api/charity/donations/{donation.Id()}/receipt/{again.Version()}", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("0002", second.Text("number"));
        await IssueAsync(await DonationAsync(organisation, 20m));

        var report = await (await _officer.GetAsync($"/api/charity/receipt-gaps?organisationId={organisation}")).JsonAsync();
        Assert.Equal(10, report.GetProperty("total").GetInt32());
        Assert.Equal(2, report.GetProperty("issued").GetInt32());
        Assert.Equal(1, report.GetProperty("voided").GetInt32());
        Assert.Equal(7, report.GetProperty("unused").GetInt32());
        var lines = report.GetProperty("rows").EnumerateArray().Select(l => $"{l.Text("from")}-{l.Text("to")} {l.Text("state")}").ToList();
        Assert.Equal(["0001-0001 voided", "0002-0002 issued", "0003-0003 issued", "0004-0010 unused"], lines);
        Assert.Contains("金额填写错误", report.GetProperty("rows")[0].Text("detail"));
        var sheet = TestWorkbooks.Read(await (await _officer.GetAsync($"/api/charity/receipt-gaps.xlsx?organisationId={organisation}")).Content.ReadAsByteArrayAsync());
        Assert.Equal("状态", sheet[0][4]);
        Assert.Contains(sheet, row => row[1] == "0001" && row[4] == "已作废");
        Assert.Contains(sheet, row => row[4] == "号段合计" && row[5] == "已开具2，已作废1，未使用7");
        // The organisation's page asks by its id: the same report and the same workbook.
        Assert.Equal(report.GetRawText(), (await (await _officer.GetAsync($"/api/charity/organisations/{organisation}/receipt-gaps")).JsonAsync()).GetRawText());
        Assert.Equal(sheet, TestWorkbooks.Read(await (await _officer.GetAsync($"/api/charity/organisations/{organisation}/receipt-gaps.xlsx")).Content.ReadAsByteArrayAsync()));
        var receipts = TestWorkbooks.Read(await (await _officer.GetAsync($"/api/charity/receipts.xlsx?organisationId={organisation}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(4, receipts.Count);
        Assert.Contains(receipts, row => row[1] == "0001" && row[13] == "已作废" && row[14] == "金额填写错误");
    }

    [Fact]
    public async Task A_reissue_keeps_the_number_marked_and_every_print_after_the_first_is_a_copy()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        await StockAsync(organisation, NextCode(), "01", "20");
        var receipt = await (await IssueAsync(await DonationAsync(organisation))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("", (await (await _officer.GetAsync($"/api/charity/receipts/{receipt.Id()}/print")).JsonAsync()).Text("mark"));
        Assert.Equal("副本（第2次打印）", (await (await _officer.GetAsync($"/api/charity/receipts/{receipt.Id()}/print")).JsonAsync()).Text("mark"));
        var current = await (await _officer.GetAsync($"/api/charity/receipts/{receipt.Id()}")).JsonAsync();
        var reissued = await (await _officer.PostAsJsonAsync($"/api/charity/receipts/{receipt.Id()}/reissue/{current.Version()}", new { reason = "捐赠人遗失" })).JsonAsync();
        Assert.Equal(receipt.Text("number"), reissued.Text("number"));
        Assert.Equal("补开（2026-06-01）", (await (await _officer.GetAsync($"/api/charity/receipts/{receipt.Id()}/print")).JsonAsync()).Text("mark"));
        Assert.Equal("补开（2026-06-01） 副本（第2次打印）", (await (await _officer.GetAsync($"/api/charity/receipts/{receipt.Id()}/print")).JsonAsync()).Text("mark"));
    }

    [Fact]
    public async Task Concurrent_issues_never_take_the_same_number()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        var code = NextCode();
        await StockAsync(organisation, code, "001", "100");
        var donations = new List<JsonElement>();
        for (var i = 0; i < 4; i++) donations.Add(await DonationAsync(organisation));
        List<HttpResponseMessage> answers;
        await using (var hold = await TestLocks.HoldWritesAsync(await host.Host.OpenDatabaseAsync(TestDistricts.First, "charity"), "receipts"))
        {
            var sent = donations.Select(IssueAsync).ToList();
            await Task.Delay(300);
            await hold.DisposeAsync();
            answers = [.. await Task.WhenAll(sent)];
        }
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var receipts = await (await _officer.GetAsync($"/api/charity/receipts?organisationId={organisation}&pageSize=200")).JsonAsync();
        var numbers = receipts.GetProperty("items").EnumerateArray().Select(r => r.Text("number")).ToList();
        Assert.Equal(answers.Count(a => a.StatusCode == HttpStatusCode.Created), numbers.Count);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Contains("001", numbers);
    }

    [Fact]
    public async Task A_clerk_of_another_town_sees_no_receipt()
    {
        var organisation = await host.RecognisedOrganisationAsync();
        await StockAsync(organisation, NextCode(), "1", "9");
        var receipt = await (await IssueAsync(await DonationAsync(organisation))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.DonglinClerk).GetAsync($"/api/charity/receipts/{receipt.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.DonglinClerk).PostAsJsonAsync($"/api/charity/receipts/{receipt.Id()}/void/1", new { reason = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(Staff.WanshengClerk).GetAsync($"/api/charity/receipts/{receipt.Id()}")).StatusCode);
    }
}
