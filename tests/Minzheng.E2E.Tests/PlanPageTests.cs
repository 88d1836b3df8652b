using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>
/// 规划指标 and the home page's 我的待办 in a real browser: the 表2 rows computed by the disability and marriage
/// modules or entered by staff, a row whose module is not enabled shown as "—" with the reason, the drill-downs,
/// the export and the A4 report.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PlanPageTests(RunningSystem system)
{
    private const string PlanTitle = "“十四五”万盛经开区民政事业主要发展指标（表2）";

    private static ILocator Rows(IPage page) => page.Locator(".mz-plan-table .ant-table-tbody > tr.ant-table-row");

    /// <summary>The table row of plan row <paramref name="number"/> (its 序号 cell).</summary>
    private static ILocator Row(IPage page, int number) =>
        Rows(page).Filter(new() { Has = page.Locator("td:first-child", new() { HasTextRegex = new Regex($"^{number}$") }) });

    private static async Task<IPage> PlanPageAsync(RunningSystem system)
    {
        var page = await Staff.SignedInAsync(system);
        await Staff.Menu(page).GetByRole(AriaRole.Link, new() { Name = "规划指标", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = PlanTitle })).ToBeVisibleAsync();
        await Expect(Rows(page)).ToHaveCountAsync(17);
        return page;
    }

    [Fact]
    public async Task Every_row_is_listed_with_its_source_and_a_row_whose_module_is_not_enabled_says_why_instead_of_a_zero()
    {
        var page = await PlanPageAsync(system);
        await Expect(page.GetByTestId("plan-scope")).ToContainTextAsync("万盛经开区");
        await Expect(page.GetByTestId("plan-scope")).ToContainTextAsync($"数据截至 {Staff.Today}");

        // Computed by the modules this district enables, each with the rule it computes by.
        await Expect(Row(page, 3)).ToContainTextAsync("由残疾人两项补贴模块计算");
        await Row(page, 3).GetByText("计算规则", new() { Exact = true }).ClickAsync();
        await Expect(Row(page, 3).Locator("details.mz-rule")).ToContainTextAsync("÷");
        await Expect(Row(page, 9)).ToContainTextAsync("由婚姻登记模块计算");
        // A share with nothing to share: no value, and why.
        await Expect(Row(page, 9)).ToContainTextAsync("本年度无跨省通办婚姻登记业务");
        await Expect(Row(page, 9)).ToContainTextAsync("暂无数据");
        // A row of a module nobody installed: not computed, to be entered.
        await Expect(Row(page, 8)).ToContainTextAsync("未安装计算该指标的模块（charity）");
        await Expect(Row(page, 8).GetByRole(AriaRole.Button, new() { Name = "录入：慈善组织接受社会捐赠总额" })).ToBeVisibleAsync();
        await Expect(Row(page, 3).GetByRole(AriaRole.Button, new() { Name = "录入：困难残疾人生活补贴覆盖率" })).ToHaveCountAsync(0);
        await Staff.LookAtAsync(page, "80-plan");

        // Another day: the address and the figures follow the date picked.
        await Staff.EnterDateAsync(page.Locator("main"), "截至日期", "2024-12-31");
        await Expect(page).ToHaveURLAsync(new Regex("asOf=2024-12-31"));
        await Expect(page.GetByTestId("plan-scope")).ToContainTextAsync("数据截至 2024-12-31");

        // Marriage switched off for the district: row 9 is not computed, says so, and is never a 0.
        await Staff.CallAsync(page, "DELETE", $"/api/platform/districts/{RunningSystem.District}/modules/marriage");
        try
        {
            await page.ReloadAsync();
            await Expect(Row(page, 9)).ToContainTextAsync("本区未启用“婚姻登记”模块，该指标未计算");
            await Expect(Row(page, 9).GetByTestId("no-value")).ToBeVisibleAsync();
            await Expect(Row(page, 9)).Not.ToContainTextAsync("0%");
            await Expect(Row(page, 9)).ToContainTextAsync("暂无数据");
        }
        finally
        {
            await Staff.CallAsync(page, "PUT", $"/api/platform/districts/{RunningSystem.District}/modules/marriage");
        }
    }

    [Fact]
    public async Task A_value_is_entered_for_a_staff_row_after_the_field_errors_and_kept_in_its_history()
    {
        var page = await PlanPageAsync(system);
        const string name = "每百户居民拥有的城乡社区综合服务设施面积";
        await Expect(Row(page, 6)).ToContainTextAsync("尚未录入");
        await Row(page, 6).GetByRole(AriaRole.Button, new() { Name = $"录入：{name}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"录入：6. {name}");
        var value = Staff.FormItem(dialog, "数值（平方米）");

        // Not a number: nothing is taken, and the field says so.
        await dialog.GetByLabel("数值（平方米）").FillAsync("abc");
        await dialog.GetByLabel("数据来源").FillAsync("区民政局社区设施普查");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(value.Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("请填写指标值");

        // A number the server refuses: its message lands on the field.
        await dialog.GetByLabel("数值（平方米）").FillAsync("-5");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(value.Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("指标值应在0到10亿之间");
        await Expect(dialog.GetByRole(AriaRole.Alert).Filter(new() { HasText = "未能保存" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "81-plan-entry-error");

        await dialog.GetByLabel("数值（平方米）").FillAsync("32.5");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Row(page, 6)).ToContainTextAsync("32.5 平方米");
        await Expect(Row(page, 6)).ToContainTextAsync("系统管理员 录入于");
        await Expect(Row(page, 6)).ToContainTextAsync("来源：区民政局社区设施普查");
        await Expect(Row(page, 6)).ToContainTextAsync("已达标");

        await Row(page, 6).GetByRole(AriaRole.Button, new() { Name = $"历史：{name}" }).ClickAsync();
        var history = page.GetByTestId("entries-drawer");
        var entry = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "32.5 平方米" });
        await Expect(entry).ToContainTextAsync("系统管理员");
        await Expect(entry).ToContainTextAsync(Staff.Today);
        await Staff.LookAtAsync(page, "82-plan-history");
    }

    [Fact]
    public async Task The_town_drill_down_and_the_trend_show_their_data_as_tables()
    {
        // A resident of 万盛街道 with a grade-1 certificate since 2021 is eligible for the care subsidy and receives none: 0 of 1 there.
        var admin = await Staff.SignedInAsync(system);
        var idNumber = SyntheticIds.NextIdNumber();
        var person = await Staff.RegisterResidentAsync(admin, "规划丙", idNumber);
        await Staff.CallAsync(admin, "POST", $"/api/platform/registry/persons/{person}/disability-certificates", new
        {
            number = idNumber + "41", category = "肢体", grade = 1, issuedOn = "2021-03-01", validUntil = "2031-03-01",
        }, 201);

        var page = await PlanPageAsync(system);
        const string name = "重度残疾人护理补贴覆盖率";
        await Expect(Row(page, 4)).ToContainTextAsync("0%");
        await Row(page, 4).GetByRole(AriaRole.Button, new() { Name = $"分镇街：{name}" }).ClickAsync();
        var towns = page.GetByTestId("towns-drawer");
        await Expect(towns.GetByRole(AriaRole.Columnheader, new() { Name = "镇街" })).ToBeVisibleAsync();
        // Every town of the district, each with a figure or the reason it has none (never a 0 or a 100% for nobody).
        await Expect(towns.Locator(".ant-table-tbody > tr.ant-table-row")).ToHaveCountAsync(10);
        var wansheng = towns.GetByRole(AriaRole.Row).Filter(new() { HasText = "万盛街道" });
        await Expect(wansheng).ToContainTextAsync("0%");
        await Expect(wansheng).ToContainTextAsync(new Regex(@"0 / [1-9]\d*"));
        await Expect(wansheng).ToContainTextAsync("未达标");
        await Expect(towns.GetByRole(AriaRole.Row).Filter(new() { HasText = "本镇街没有符合重度残疾人护理补贴条件的持证残疾人" }).First).ToContainTextAsync("暂无数据");
        await Expect(towns.GetByRole(AriaRole.Img, new() { NameRegex = new Regex($"^{name}（分镇街）：万盛街道 0%") })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "83-plan-towns");
        await page.Keyboard.PressAsync("Escape");
        await Expect(towns).ToBeHiddenAsync();

        await Row(page, 4).GetByRole(AriaRole.Button, new() { Name = $"趋势：{name}" }).ClickAsync();
        var trend = page.GetByTestId("trend-drawer");
        await Expect(trend.GetByRole(AriaRole.Columnheader, new() { Name = "年份" })).ToBeVisibleAsync();
        // The baseline year first ("≥95" is no figure to draw), then each plan year's end.
        await Expect(trend.GetByRole(AriaRole.Row).Filter(new() { HasText = "2020年" })).ToContainTextAsync("基期值为“≥95”");
        var first = trend.GetByRole(AriaRole.Row).Filter(new() { HasText = "2021年" });
        await Expect(first).ToContainTextAsync("系统计算");
        await Expect(first).ToContainTextAsync("0%");
        await Expect(trend.GetByRole(AriaRole.Img, new() { NameRegex = new Regex($"^{name}（趋势）：2020 —，2021 0%") })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "84-plan-trend");
    }

    [Fact]
    public async Task The_plan_is_exported_as_xlsx_and_printed_as_an_A4_report()
    {
        var page = await PlanPageAsync(system);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出Excel" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var head = new byte[2];
        await using (var file = File.OpenRead(path))
        {
            Assert.Equal(2, await file.ReadAsync(head));
        }
        // An XLSX is a zip file.
        Assert.Equal("PK"u8.ToArray(), head);

        await page.GetByRole(AriaRole.Button, new() { Name = "打印" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/plan/print\\?plan=14th&asOf={Staff.Today}$"));
        var report = page.Locator("article.mz-print");
        await Expect(report.GetByRole(AriaRole.Heading, new() { Name = PlanTitle + "完成情况" })).ToBeVisibleAsync();
        await Expect(report.Locator("tbody > tr")).ToHaveCountAsync(17);
        await Expect(report).ToContainTextAsync("万盛经开区");
        await Expect(report).ToContainTextAsync("生成时间：");
        await Expect(report.Locator("tbody > tr").Nth(7)).ToContainTextAsync("未安装计算该指标的模块（charity）");
        await Staff.LookAtAsync(page, "85-plan-print");

        // On paper: the report alone, without the menu, the header or the buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".ant-layout-sider")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeHiddenAsync();
        await Expect(report).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_home_page_shows_my_work_empty_for_a_reader_and_a_modules_waiting_work_for_the_administrator()
    {
        var admin = await Staff.SignedInAsync(system);
        await Staff.CallAsync(admin, "POST", "/api/platform/roles", new { name = "规划查阅", permissions = new[] { "platform.plan.read" } }, 201);
        await Staff.CallAsync(admin, "POST", "/api/platform/users", new
        {
            userName = "planreader", displayName = "周规划", password = "Planner-Passw0rd!", scopeLevel = "District", scopeCode = "500110", roles = new[] { "规划查阅" },
        }, 201);

        // A reader of the plan: nothing waits for them; the plan is a click away, and they enter nothing there.
        var reader = await system.NewPageAsync();
        await Staff.SignInAsync(reader, "planreader", "Planner-Passw0rd!");
        var work = reader.GetByTestId("my-work");
        await Expect(work.GetByRole(AriaRole.Heading, new() { Name = "我的待办" })).ToBeVisibleAsync();
        await Expect(work).ToContainTextAsync("暂无待办事项");
        await Staff.LookAtAsync(reader, "86-home-no-work");
        await reader.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^规划指标：查看") }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = PlanTitle })).ToBeVisibleAsync();
        await Expect(Rows(reader)).ToHaveCountAsync(17);
        await Expect(reader.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^录入：") })).ToHaveCountAsync(0);

        // A divorce application waits for acceptance: the administrator's home page counts it, and links to the list.
        await Staff.CallAsync(admin, "POST", "/api/marriage/divorces", new
        {
            partyAIdNumber = SyntheticIds.NextIdNumber(), partyAName = "甲待办", partyBIdNumber = SyntheticIds.NextIdNumber(), partyBName = "乙待办",
            marriageCertificateNumber = "J500110-2020-000123", agreement = "子女由女方抚养，财产各自所有。", agreementSigned = true,
        }, 201);
        await admin.GotoAsync("/");
        var item = admin.GetByTestId("my-work").GetByRole(AriaRole.Link).Filter(new() { HasText = "待受理的离婚登记申请" });
        await Expect(item).ToContainTextAsync("婚姻登记");
        await Expect(item).ToContainTextAsync(new Regex("\\d+ 件"));
        await Staff.LookAtAsync(admin, "87-home-work");
        await item.ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/m/marriage/divorces$"));
    }
}
