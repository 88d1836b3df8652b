using System.Net;
using System.Text;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>Files that cannot be imported are refused at upload with a problem detail, and nothing is queued.</summary>
public sealed class ImportFileProblemTests : IAsyncLifetime
{
    private const long Limit = 4096;
    private ModuleTestHost _host = null!;
    private HttpClient _importer = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformTestHost.StartAsync(o => o.Settings["Minzheng:ImportMaxFileBytes"] = Limit.ToString());
        _importer = _host.CreateClient(Importers.District);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_file_over_the_limit_is_413()
    {
        var big = ImportKit.CsvLines([ImportKit.Header, .. Enumerable.Repeat(new string('x', 100), 60)]);
        Assert.True(big.Length > Limit);

        var response = await _importer.UploadAsync(big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ProblemJsonAsync();
        Assert.Equal("文件过大", problem.GetProperty("title").GetString());
        await AssertNothingQueuedAsync();
    }

    [Theory]
    [InlineData("residents.txt", "text/plain", "只能导入CSV")]
    [InlineData("residents.xlsx", "text/csv", "两者不符")]
    public async Task A_file_that_is_not_csv_or_xlsx_is_400(string fileName, string contentType, string message)
    {
        var response = await _importer.UploadAsync(ImportKit.CsvLines(ImportKit.Header), fileName, contentType);

        Assert.Contains(message, await response.AssertFieldErrorAsync("file"));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task A_broken_workbook_is_400()
    {
        var response = await _importer.UploadAsync("PK not really a zip"u8.ToArray(), "residents.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.Contains("无法读取该XLSX文件", await response.AssertFieldErrorAsync("file"));
    }

    [Fact]
    public async Task A_csv_not_in_utf8_is_400_with_how_to_save_it()
    {
        // "身份证号,姓名" in GBK, as Excel saves "CSV" on a Chinese Windows.
        byte[] gbk = [0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A];

        var response = await _importer.UploadAsync(gbk);

        Assert.Contains("CSV UTF-8", await response.AssertFieldErrorAsync("file"));
    }

    [Fact]
    public async Task Missing_or_unknown_headers_are_400_naming_them()
    {
        var header = ImportKit.Header.Replace("民族,", "").Replace("住址", "地址");

        var message = await (await _importer.UploadAsync(ImportKit.CsvLines(header))).AssertFieldErrorAsync("file");

        Assert.Contains("缺少列：民族、住址", message);
        Assert.Contains("无法识别的列：地址", message);
    }

    [Fact]
    public async Task An_old_file_without_the_marital_status_column_is_accepted()
    {
        var header = ImportKit.Header.Replace(",婚姻状况", "");

        var response = await _importer.UploadAsync(ImportKit.CsvLines(header));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_file_is_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        var response = await _importer.PostAsync(ImportKit.Imports, form);

        Assert.Contains("请选择要导入的文件", await response.AssertFieldErrorAsync("file"));
        Assert.Contains("multipart/form-data",
            await (await _importer.PostAsync(ImportKit.Imports, new StringContent("a,b", Encoding.UTF8, "text/csv"))).AssertFieldErrorAsync("file"));
    }

    [Fact]
    public async Task A_multipart_body_cut_off_before_its_end_is_400_not_500()
    {
        using var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n身份证号,姓名\r\n1"));
        cut.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        var response = await _importer.PostAsync(ImportKit.Imports, cut);

        Assert.Contains("表单", await response.AssertFieldErrorAsync("file"));
        await AssertNothingQueuedAsync();
    }

    private async Task AssertNothingQueuedAsync()
    {
        var list = await _importer.GetStringAsync(ImportKit.Imports);
        Assert.Contains("\"total\":0", list);
    }
}
