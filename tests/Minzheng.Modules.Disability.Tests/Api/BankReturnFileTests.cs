using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>The bank's return file: the exported XLSX filled in and sent back, or a CSV; what cannot be read is refused on the field.</summary>
public sealed class BankReturnFileTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    private HttpClient Officer => host.Client(Staff.Officer);

    [Fact]
    public async Task The_exported_xlsx_with_its_outcomes_filled_in_marks_the_lines()
    {
        var roster = await ApprovedRosterAsync();
        var exported = await (await Officer.GetAsync($"/api/disability/rosters/{roster}/export.xlsx")).Content.ReadAsByteArrayAsync();
        var lines = (await (await Officer.GetAsync($"/api/disability/rosters/{roster}/lines?pageSize=200")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(l => l.Id()).ToList();
        var failed = lines[0];

        // The bank adds 发放结果 and 失败原因 at the end of the sheet, as its clerks would.
        var returned = WithOutcomes(exported, id => id == failed ? ("失败", "账户已销户") : ("成功", ""));
        var result = await (await UploadAsync(roster, returned, "回盘.xlsx")).JsonAsync();

        Assert.Equal((lines.Count - 1, 1, 0), (result.GetProperty("paid").GetInt32(), result.GetProperty("failed").GetInt32(), result.GetProperty("errors").GetArrayLength()));
        var marked = (await (await Officer.GetAsync($"/api/disability/rosters/{roster}/lines?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var failedLine = marked.Single(l => l.Id() == failed);
        Assert.Equal(("failed", "账户已销户"), (failedLine.GetProperty("outcome").GetString(), failedLine.GetProperty("failureReason").GetString()));
        Assert.All(marked.Where(l => l.Id() != failed), l => Assert.Equal("paid", l.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_refused_on_the_field_and_marks_nothing()
    {
        var roster = await ApprovedRosterAsync();

        var wrongType = await (await UploadAsync(roster, "明细编号,发放结果\r\n"u8.ToArray(), "回盘.txt")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("CSV或XLSX", wrongType.GetProperty("errors").GetProperty("file")[0].GetString());

        // Excel's plain "CSV" on a Chinese Windows is GBK: refused with how to save it, not read as mojibake.
        var gbk = CodePagesEncoding().GetBytes("明细编号,发放结果\r\nx,成功\r\n");
        var notUtf8 = await (await UploadAsync(roster, gbk, "回盘.csv")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", notUtf8.GetProperty("errors").GetProperty("file")[0].GetString());

        var broken = await (await UploadAsync(roster, [.. "PK"u8, 1, 2, 3, 4], "回盘.xlsx")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("XLSX", broken.GetProperty("errors").GetProperty("file")[0].GetString());

        var lines = (await (await Officer.GetAsync($"/api/disability/rosters/{roster}/lines?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.All(lines, l => Assert.Equal("pending", l.GetProperty("outcome").GetString()));
    }

    private async Task<string> ApprovedRosterAsync()
    {
        var (_, idNumber) = await host.PersonAsync();
        await host.ApprovedAsync(idNumber);
        var month = $"2026-{6 + Interlocked.Increment(ref _rosters):D2}";
        host.SetToday(new DateOnly(2026, int.Parse(month[5..]), 10)); // the host starts on 2026-06-09
        var roster = await (await Officer.PostAsJsonAsync("/api/disability/rosters", new { month })).JsonAsync();
        await (await host.Client(Staff.Checker).PostAsJsonAsync($"/api/disability/rosters/{roster.Id()}/approve/{roster.Version()}", new { })).JsonAsync();
        return roster.Id();
    }

    private static int _rosters = -1;

    private Task<HttpResponseMessage> UploadAsync(string roster, byte[] bytes, string fileName)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return Officer.PostAsync($"/api/disability/rosters/{roster}/bank-return", content);
    }

    private static byte[] WithOutcomes(byte[] xlsx, Func<string, (string Outcome, string Reason)> outcomeOf)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var header = true;
            foreach (var row in sheet.Descendants<Row>())
            {
                var (outcome, reason) = header ? ("发放结果", "失败原因") : outcomeOf(row.Elements<Cell>().First().InnerText);
                header = false;
                row.Append(Text(outcome), Text(reason));
            }
            sheet.Save();
        }
        return stream.ToArray();
    }

    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)) };

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
