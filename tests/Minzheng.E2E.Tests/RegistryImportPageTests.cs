using System.Text;
using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>居民信息 → 批量导入 in a real browser: upload a file, follow it, read the counts and the error report.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryImportPageTests(RunningSystem system)
{
    private const string WanxinRoad = "500110004001";

    /// <summary>The exchange format's headers (Registry/Synthetic/ResidentRow.cs), written out here as the contract.</summary>
    private static readonly string[] Headers =
    [
        "身份证号", "姓名", "民族", "联系电话", "户口类型", "村居代码", "住址", "户号", "与户主关系",
        "残疾证号", "残疾类别", "残疾等级", "发证日期", "有效期至", "救助类型", "救助开始日期", "婚姻状况",
    ];

    private static string[] Cells(string idNumber, string name, string village) =>
        [idNumber, name, "汉族", "13900000000", "城镇", village, "万新路 10 号", "", "", "", "", "", "", "", "", "", ""];

    private static string Line(string idNumber, string name, string village) => string.Join(',', Cells(idNumber, name, village));

    private static async Task<IPage> OpenAsync(RunningSystem system)
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Staff.OpenMenuAsync(page, "居民信息", "批量导入");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "批量导入居民" })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task A_file_is_uploaded_followed_and_its_refused_rows_are_in_the_error_report()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Staff.OpenMenuAsync(page, "居民信息", "批量导入");
        await Expect(page).ToHaveURLAsync(new Regex("/registry/imports$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "批量导入居民" })).ToBeVisibleAsync();
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("居民信息");
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("批量导入");
        await Expect(page.Locator(".ant-breadcrumb")).Not.ToContainTextAsync("居民详情");

        // The template: the headers only, UTF-8 with a byte order mark for Excel.
        var template = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载模板" }).ClickAsync());
        Assert.EndsWith(".csv", template.SuggestedFilename);
        var header = (await File.ReadAllTextAsync((await template.PathAsync())!)).TrimStart('\uFEFF').Trim();
        Assert.Equal(string.Join(',', Headers), header);

        var good = new[] { SyntheticIds.NextIdNumber(), SyntheticIds.NextIdNumber(), SyntheticIds.NextIdNumber() };
        var wrongCheck = SyntheticIds.WithWrongCheck(SyntheticIds.NextIdNumber());
        var csv = new StringBuilder("\uFEFF").Append(string.Join(',', Headers)).Append("\r\n")
            .Append(Line(good[0], "导入甲", WanxinRoad)).Append("\r\n")
            .Append(Line(wrongCheck, "导入乙", WanxinRoad)).Append("\r\n")
            .Append(Line(good[1], "导入丙", WanxinRoad)).Append("\r\n")
            .Append(Line(SyntheticIds.NextIdNumber(), "导入丁", "500110999001")).Append("\r\n")
            .Append(Line(good[2], "导入戊", WanxinRoad)).Append("\r\n")
            .ToString();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "居民导入.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        // Followed until it has finished (five rows go quickly: the 进行中 state may not be seen).
        var result = page.GetByTestId("import-result");
        await Expect(result).ToContainTextAsync("居民导入.csv");
        await Expect(page.GetByTestId("import-status")).ToHaveTextAsync("完成");
        await Expect(page.GetByTestId("count-imported")).ToContainTextAsync("3");
        await Expect(page.GetByTestId("count-failed")).ToContainTextAsync("2");
        await Expect(page.GetByTestId("count-updated")).ToContainTextAsync("0");
        await Expect(result).ToContainTextAsync("已读取5");

        // The list below shows it too.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "居民导入.csv" }).First;
        await Expect(row).ToContainTextAsync("完成");
        await Expect(row).ToContainTextAsync("系统管理员");
        await Staff.LookAtAsync(page, "29-registry-import-done");

        var download = await page.RunAndWaitForDownloadAsync(() => result.GetByRole(AriaRole.Button, new() { Name = "下载错误报告" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var report = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("行号,列,原因", report[0]);
        Assert.Equal(3, report.Length);
        Assert.Contains(report, l => l.StartsWith("3,身份证号,", StringComparison.Ordinal) && l.Contains("校验"));
        Assert.Contains(report, l => l.StartsWith("5,村居代码,", StringComparison.Ordinal));

        // The good rows are residents now.
        var found = await Staff.CallAsync(page, "GET", $"/api/platform/registry/persons?idNumber={good[1]}");
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        // A file of another shape: the server's reason (400), as an alert.
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "名单.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("姓名,地址\r\n张三,某路\r\n"),
        });
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "文件未能导入" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "29-registry-import-refused");
    }

    [Fact]
    public async Task An_xlsx_file_is_imported_at_desktop_width_with_the_side_menu_at_its_width()
    {
        var page = await OpenAsync(system);
        await page.SetViewportSizeAsync(1440, 900);
        var good = new[] { SyntheticIds.NextIdNumber(), SyntheticIds.NextIdNumber() };
        var xlsx = TestWorkbooks.Xlsx([
            Headers,
            Cells(good[0], "表格甲", WanxinRoad),
            Cells(SyntheticIds.WithWrongCheck(SyntheticIds.NextIdNumber()), "表格乙", WanxinRoad),
            Cells(good[1], "表格丙", WanxinRoad),
        ]);
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "居民导入.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = xlsx,
        });

        var result = page.GetByTestId("import-result");
        await Expect(result).ToContainTextAsync("居民导入.xlsx");
        await Expect(page.GetByTestId("import-status")).ToHaveTextAsync("完成");
        await Expect(page.GetByTestId("count-imported")).ToContainTextAsync("2");
        await Expect(page.GetByTestId("count-failed")).ToContainTextAsync("1");
        await Expect(result.GetByRole(AriaRole.Button, new() { Name = "下载错误报告" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "居民导入.xlsx" }).First).ToContainTextAsync("完成");
        // The side menu keeps its width beside the finished import (a screenshot once showed it at a fraction).
        Assert.Equal(220, await Staff.SideMenuWidthAsync(page));
        await Staff.LookAtAsync(page, "29-registry-import-xlsx");
        Assert.Equal(220, await Staff.SideMenuWidthAsync(page));

        var found = await Staff.CallAsync(page, "GET", $"/api/platform/registry/persons?idNumber={good[1]}");
        Assert.Equal("表格丙", found.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_servers_reason_and_nothing_is_queued()
    {
        var page = await OpenAsync(system);
        // Enough rows to pass the limit: the server answers on the size alone, before reading a row.
        var line = Line(SyntheticIds.IdNumberOf(new DateOnly(1960, 1, 1), 1), "超大文件", WanxinRoad) + "\r\n";
        var rows = (int)(RunningSystem.ImportMaxFileBytes / Encoding.UTF8.GetByteCount(line)) + 1;
        var csv = new StringBuilder(string.Join(',', Headers)).Append("\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(line);
        }
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.True(bytes.Length > RunningSystem.ImportMaxFileBytes);
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "太大了.csv", MimeType = "text/csv", Buffer = bytes });

        var refusal = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "文件过大" });
        await Expect(refusal).ToContainTextAsync("导入文件不能超过1 MB，请拆分后分批导入。");
        await Expect(page.GetByTestId("import-result")).ToHaveCountAsync(0);
        await Staff.LookAtAsync(page, "29-registry-import-too-large");
        var imports = await Staff.CallAsync(page, "GET", "/api/platform/registry/imports?pageSize=100");
        Assert.DoesNotContain(imports.GetProperty("items").EnumerateArray(), i => i.GetProperty("fileName").GetString() == "太大了.csv");
    }
}
