using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>One district's payment months in order, so one host for this scenario alone.</summary>
public sealed class RosterApiTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    private HttpClient Officer => host.Client(Staff.Officer);

    private HttpClient Checker => host.Client(Staff.Checker);

    private async Task<JsonElement> GenerateAsync(string month) =>
        await (await Officer.PostAsJsonAsync("/api/disability/rosters", new { month })).JsonAsync();

    private async Task<List<JsonElement>> LinesAsync(string rosterId) =>
        (await (await Officer.GetAsync($"/api/disability/rosters/{rosterId}/lines?pageSize=200")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();

    private static string Line(JsonElement l) =>
        $"{l.GetProperty("applicationId").GetString()}|{l.GetProperty("forMonth").GetString()}|{l.GetProperty("lineKind").GetString()}|{l.GetProperty("amount").GetDecimal():0.##}";

    [Fact]
    public async Task Months_are_paid_from_the_application_frozen_once_approved_and_stopped_from_the_month_after_death()
    {
        // June 2026: A applied in April (paid from April: two months of arrears), B (care, grade 2) in June.
        var (_, a) = await host.PersonAsync(name: "甲");
        var (bId, b) = await host.PersonAsync(grade: 2, dibao: false, name: "乙");
        var appA = await host.ApprovedAsync(a, appliedOn: new DateOnly(2026, 4, 10));
        var appB = await host.ApprovedAsync(b, "care");
        Assert.Equal("2026-04", appA.GetProperty("paidFromMonth").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.TownClerk with { Permissions = ["disability.roster"] })
            .PostAsJsonAsync("/api/disability/rosters", new { month = "2026-06" })).StatusCode);
        Assert.True((await (await Officer.PostAsJsonAsync("/api/disability/rosters", new { month = "2026-07" })).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("month", out _));
        Assert.Contains("没有配置补贴标准", (await (await Officer.PostAsJsonAsync("/api/disability/rosters", new { month = "2025-12" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("month")[0].GetString());

        var june = await GenerateAsync("2026-06");
        Assert.Equal(4, june.GetProperty("lineCount").GetInt32());
        Assert.Equal(2, june.GetProperty("arrearsLines").GetInt32());
        Assert.Equal(400m, june.GetProperty("total").GetDecimal());
        var lines = (await LinesAsync(june.Id())).Select(Line).ToList();
        Assert.Contains($"{appA.Id()}|2026-04|arrears|100", lines);
        Assert.Contains($"{appA.Id()}|2026-06|regular|100", lines);
        Assert.Contains($"{appB.Id()}|2026-06|regular|100", lines);

        // Idempotent: the same month again is the same roster, line for line.
        var again = await GenerateAsync("2026-06");
        Assert.Equal(june.Id(), again.Id());
        Assert.Equal(lines, (await LinesAsync(again.Id())).Select(Line).ToList());
        Assert.Equal(HttpStatusCode.Conflict, (await Officer.GetAsync($"/api/disability/rosters/{june.Id()}/export.csv")).StatusCode);

        // Maker-checker: the maker may not approve; a stale version is refused; the checker approves.
        var own = await Officer.PostAsJsonAsync($"/api/disability/rosters/{june.Id()}/approve/{again.Version()}", new { });
        Assert.Contains("生成人不能审批", (await own.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Checker.PostAsJsonAsync($"/api/disability/rosters/{june.Id()}/approve/{again.Version() - 1}", new { })).StatusCode);
        var approved = await (await Checker.PostAsJsonAsync($"/api/disability/rosters/{june.Id()}/approve/{again.Version()}", new { })).JsonAsync();
        Assert.Equal("approved", approved.Status());
        Assert.Equal(HttpStatusCode.Conflict, (await Checker.PostAsJsonAsync($"/api/disability/rosters/{june.Id()}/approve/{approved.Version()}", new { })).StatusCode);

        // Bank files: CSV with a BOM and full numbers, XLSX.
        var csv = await (await Officer.GetAsync($"/api/disability/rosters/{june.Id()}/export.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var csvText = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("明细编号,姓名,身份证号码", csvText);
        Assert.Contains(a, csvText);
        var xlsx = await Officer.GetAsync($"/api/disability/rosters/{june.Id()}/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        // The bank paid all but A's June payment, which comes back as arrears in July.
        var juneLines = await LinesAsync(june.Id());
        var failedLine = juneLines.Single(l => Line(l) == $"{appA.Id()}|2026-06|regular|100").Id();
        var returnFile = new StringBuilder("明细编号,发放结果,失败原因\r\n");
        foreach (var line in juneLines) returnFile.Append($"{line.Id()},{(line.Id() == failedLine ? "失败,账户已冻结" : "成功")},\r\n");
        returnFile.Append("not-a-line,成功,\r\n");
        var result = await (await ImportAsync(june.Id(), returnFile.ToString())).JsonAsync();
        Assert.Equal(3, result.GetProperty("paid").GetInt32());
        Assert.Equal(1, result.GetProperty("failed").GetInt32());
        Assert.Equal(6, result.GetProperty("errors")[0].GetProperty("row").GetInt32());

        host.SetToday(new DateOnly(2026, 7, 2));
        var july = await GenerateAsync("2026-07");
        var julyLines = (await LinesAsync(july.Id())).Select(Line).ToList();
        string[] expectedJuly = [$"{appA.Id()}|2026-06|arrears|100", $"{appA.Id()}|2026-07|regular|100", $"{appB.Id()}|2026-07|regular|100"];
        Assert.Equal(expectedJuly.Order(), julyLines.Order());
        await (await Checker.PostAsJsonAsync($"/api/disability/rosters/{july.Id()}/approve/{july.Version()}", new { })).JsonAsync();

        host.SetToday(new DateOnly(2026, 8, 3));
        var august = await GenerateAsync("2026-08");
        Assert.Equal(2, august.GetProperty("lineCount").GetInt32());

        // B's death on 20 June is reported late: paid through June, stopped from July. The approved July
        // roster does not change; its payment to B is flagged for recovery; the August draft loses B.
        await host.RecordDeathAsync(bId, new DateOnly(2026, 6, 20));
        await host.Host.DispatchEventsAsync();
        var stopped = await (await Officer.GetAsync($"/api/disability/applications/{appB.Id()}")).JsonAsync();
        Assert.Equal("stopped", stopped.Status());
        Assert.Equal("2026-07", stopped.GetProperty("stopsFromMonth").GetString());
        var julyAfter = await (await Officer.GetAsync($"/api/disability/rosters/{july.Id()}")).JsonAsync();
        Assert.Equal(3, julyAfter.GetProperty("lineCount").GetInt32());
        Assert.Equal(300m, julyAfter.GetProperty("total").GetDecimal());
        var overpaid = (await (await Officer.GetAsync("/api/disability/overpayments")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var flagged = Assert.Single(overpaid);
        Assert.Equal("2026-07", flagged.GetProperty("forMonth").GetString());
        Assert.Equal(100m, flagged.GetProperty("amount").GetDecimal());
        var recovered = $"/api/disability/overpayments/{flagged.Id()}/recovered";
        Assert.Equal(HttpStatusCode.NoContent, (await Officer.PostAsync(recovered, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Officer.PostAsync(recovered, null)).StatusCode);
        Assert.True((await (await Officer.GetAsync("/api/disability/overpayments")).JsonAsync()).GetProperty("items")[0].GetProperty("recovered").GetBoolean());
        var augustAfter = await (await Officer.GetAsync($"/api/disability/rosters/{august.Id()}")).JsonAsync();
        Assert.Equal(1, augustAfter.GetProperty("lineCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await Officer.GetAsync($"/api/disability/rosters/{august.Id()}/print")).StatusCode);

        // Regenerating August gives the same one line; the stop is not undone.
        Assert.Equal(1, (await GenerateAsync("2026-08")).GetProperty("lineCount").GetInt32());
    }

    private Task<HttpResponseMessage> ImportAsync(string rosterId, string csv)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "return.csv");
        return Officer.PostAsync($"/api/disability/rosters/{rosterId}/bank-return", content);
    }
}
