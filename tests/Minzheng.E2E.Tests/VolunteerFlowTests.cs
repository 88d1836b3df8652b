using System.Globalization;
using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>
/// 志愿服务's main flow in a real browser (issue 14): a volunteer registered by real name, an organiser registered, an
/// activity it publishes signed up for, the QR check-in and check-out on the volunteer's own phone with no account, the
/// hours recorded and confirmed, a record certificate issued by the organiser, printed with its QR code and verified by
/// anyone.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VolunteerFlowTests(RunningSystem system)
{
    private const string Module = "志愿服务";
    private const string Activity = "万新路社区敬老院助老服务";
    private const string Committee = "万新路社区居民委员会";

    /// <summary>Beijing time as staff type it into a date-time picker.</summary>
    private static string BeijingTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:00", CultureInfo.InvariantCulture);

    private static async Task EnterDateTimeAsync(ILocator form, string label, string value)
    {
        var input = form.GetByLabel(label, new() { Exact = true });
        await input.ClickAsync();
        await input.FillAsync(value);
        // With a time, antd's picker takes the value on Enter (its 确定), not on leaving the field.
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(value);
    }

    [Fact]
    public async Task The_overview_shows_rows_16_and_17_against_the_plan_and_the_hour_report_exports_what_staff_searched_for()
    {
        var page = await Staff.SignedInAsync(system);
        await Staff.OpenMenuAsync(page, Module, "概览");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "志愿服务概览" })).ToBeVisibleAsync();
        // The target is the plan's row, and the share says where its denominator comes from.
        await Expect(page.Locator("#main")).ToContainTextAsync("目标 22%（");
        await Expect(page.Locator("#main")).ToContainTextAsync("分母：居民信息库在世居民");
        await Staff.LookAtAsync(page, "95-volunteer-dashboard");

        await Staff.OpenMenuAsync(page, Module, "时长统计");
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("统计方式").ClickAsync();
        await page.Locator(".ant-select-item-option[title='按月份']").ClickAsync();
        await search.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Staff.LookAtAsync(page, "96-volunteer-hours-report");
        // The file holds what the list shows: the grouping chosen in the search, not the default.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出Excel" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await download.PathAsync(), false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
        Assert.Equal("按月份", sheet.Name!.Value);
    }

    [Fact]
    public async Task A_volunteer_registered_and_signed_up_checks_in_by_QR_code_and_gets_a_certificate_of_confirmed_hours_that_anyone_can_verify()
    {
        var page = await Staff.SignedInAsync(system);
        var idNumber = SyntheticIds.NextIdNumber();

        // 1. 实名注册 through the form; the volunteer's page, then the list.
        await Staff.OpenMenuAsync(page, Module, "志愿者");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "志愿者", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "实名注册" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "志愿者实名注册" })).ToBeVisibleAsync();
        var form = page.Locator("main form");
        await form.GetByLabel("身份证号码").FillAsync(idNumber);
        await form.GetByLabel("姓名", new() { Exact = true }).FillAsync("志愿甲");
        await form.GetByLabel("联系电话", new() { Exact = true }).FillAsync("13800005555");
        await Staff.ChooseVillageAsync(page, "服务所在村（居）");
        await form.GetByLabel("专业技能").FillAsync("急救");
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "志愿甲" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("在册");
        // Shown masked even to the administrator: the first 6 and the last 4 digits.
        await Expect(Staff.Shown(page, "身份证号码")).ToHaveTextAsync(SyntheticIds.Masked(idNumber));
        await Expect(Staff.Shown(page, "志愿者编号")).ToHaveTextAsync(new Regex(@"^500110-\d{4}-\d{6}$"));
        var number = (await Staff.Shown(page, "志愿者编号").InnerTextAsync()).Trim();

        await Staff.OpenMenuAsync(page, Module, "志愿者");
        var volunteerRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(volunteerRow).ToContainTextAsync("志愿甲");
        await Expect(volunteerRow).ToContainTextAsync(SyntheticIds.Masked(idNumber));
        await Expect(volunteerRow).ToContainTextAsync("在册");
        await Staff.LookAtAsync(page, "90-volunteer-list");

        // 2. The residents' committee registered once as an organiser, so that the forms pick it rather than retype it.
        await Staff.OpenMenuAsync(page, Module, "组织单位");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记组织单位" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记组织单位" })).ToBeVisibleAsync();
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync(Committee);
        await Staff.ChooseAsync(form, "类型", "村（居）民委员会");
        await Staff.ChooseVillageAsync(page, "所在镇街或村（居）");
        await form.GetByLabel("负责人", new() { Exact = true }).FillAsync("李主任");
        await form.GetByLabel("联系电话", new() { Exact = true }).FillAsync("023-48200000");
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Committee })).ToBeVisibleAsync();
        await Expect(Staff.Shown(page, "负责人")).ToHaveTextAsync("李主任");
        await Staff.LookAtAsync(page, "90-volunteer-organiser");

        // An activity starting in half an hour (attendance opens an hour before the start), published through the form,
        // its organiser picked from the registered ones.
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(30);
        await Staff.OpenMenuAsync(page, Module, "志愿服务活动");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布活动" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "发布志愿服务活动" })).ToBeVisibleAsync();
        await form.GetByLabel("活动名称").FillAsync(Activity);
        await Staff.ChooseAsync(form, "组织单位", $"{Committee}（村（居）民委员会）");
        await Staff.ChooseVillageAsync(page, "活动所在村（居）");
        await form.GetByLabel("活动地点").FillAsync("万新路 12 号敬老院");
        await EnterDateTimeAsync(form, "开始时间", BeijingTime(startsAt));
        await EnterDateTimeAsync(form, "结束时间", BeijingTime(startsAt.AddHours(3)));
        await form.GetByLabel("服务内容和招募要求").FillAsync("陪伴老人聊天、读报，协助午餐。");
        await form.GetByLabel("岗位名称").FillAsync("陪伴员");
        await form.GetByLabel("招募人数").FillAsync("5");
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Activity })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("招募中");
        await Expect(Staff.Shown(page, "开始时间")).ToHaveTextAsync(BeijingTime(startsAt)[..16]);
        await Expect(Staff.Shown(page, "组织单位")).ToHaveTextAsync(Committee);
        var activityId = page.Url.Split('/').Last();

        await page.GetByRole(AriaRole.Button, new() { Name = "报名", Exact = true }).ClickAsync();
        var signUp = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "志愿者编号" });
        await signUp.GetByLabel("志愿者编号").FillAsync(number);
        await signUp.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(signUp).ToBeHiddenAsync();
        await Staff.LookAtAsync(page, "91-volunteer-activity");

        await page.GetByRole(AriaRole.Button, new() { Name = "报名与签到" }).ClickAsync();
        var attendance = page.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(attendance).ToContainTextAsync("志愿甲");
        await Expect(attendance).ToContainTextAsync("已报名");

        // The QR code staff show at the place, as printed.
        await page.GotoAsync($"/m/volunteer/check-in-qr/{activityId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Activity })).ToBeVisibleAsync();
        await Expect(page.Locator("article .mz-qr")).ToContainTextAsync("扫码签到");
        await Staff.LookAtAsync(page, "92-volunteer-check-in-qr");

        // 3. On the volunteer's phone: no staff account. The link is the one the QR code holds.
        var inLink = (await Staff.CallAsync(page, "GET", $"/api/volunteer/activities/{activityId}/check-in-link/in")).GetProperty("url").GetString()!;
        var phone = await system.NewPageAsync();
        await phone.GotoAsync(inLink);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = Activity })).ToBeVisibleAsync();
        await Staff.LookAtAsync(phone, "93-volunteer-public-check-in");
        async Task AnswerAsync(string link, string button)
        {
            await phone.GotoAsync(link);
            await phone.GetByLabel("身份证号码").FillAsync(idNumber);
            await phone.GetByLabel("志愿者编号").FillAsync(number);
            await phone.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        }
        await AnswerAsync(inLink, "签到");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "签到成功" })).ToBeVisibleAsync();
        // Only the masked name: the page tells a phone no more than its holder knows.
        await Expect(phone.Locator("p")).ToContainTextAsync($"志**，您已于");
        await Expect(phone.Locator("body")).Not.ToContainTextAsync("志愿甲");
        await Staff.LookAtAsync(phone, "94-volunteer-public-checked-in");
        await AnswerAsync(inLink, "签到");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "未能签到" })).ToBeVisibleAsync();
        await Expect(phone.Locator("p")).ToHaveTextAsync("已签到，不能重复签到");

        var outLink = (await Staff.CallAsync(page, "GET", $"/api/volunteer/activities/{activityId}/check-in-link/out")).GetProperty("url").GetString()!;
        await AnswerAsync(outLink, "签退");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "签退成功" })).ToBeVisibleAsync();

        // The desk sees the attendance the phone gave.
        await page.GotoAsync($"/m/volunteer/sign-ups/{activityId}");
        await Expect(attendance).ToContainTextAsync("已签退");

        // 4. Hours from the attendance only once the activity has ended; until then the organiser is told why.
        await page.GotoAsync($"/m/volunteer/activity/{activityId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记服务时长" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "不含路途" }).GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "登记服务时长失败" });
        await Expect(refusal).ToContainTextAsync("活动结束后才能登记服务时长");
        await refusal.GetByRole(AriaRole.Button, new() { Name = "知道了" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("招募中");

        // The host's clock is the real one: the organiser enters the hours served by hand, then confirms them.
        await Staff.OpenMenuAsync(page, Module, "服务时长");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记时长" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记志愿服务时长" })).ToBeVisibleAsync();
        await form.GetByLabel("志愿者编号").FillAsync(number);
        await Staff.EnterDateAsync(form, "服务日期", Staff.Today);
        await form.GetByLabel("时长（小时，不含路途）").FillAsync("2.5");
        await form.GetByLabel("服务内容").FillAsync(Activity);
        await form.GetByLabel("记录单位").FillAsync("万新路社区志愿服务队");
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"志愿甲 {Staff.Today}" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待确认");
        await Expect(Staff.Shown(page, "时长（小时）")).ToHaveTextAsync("2.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已确认");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("确认");
        await Staff.LookAtAsync(page, "95-volunteer-hours-confirmed");

        await Staff.OpenMenuAsync(page, Module, "服务时长");
        var hoursRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(hoursRow).ToContainTextAsync("已确认");
        await Expect(hoursRow).ToContainTextAsync("2.5");
        await Staff.LookAtAsync(page, "96-volunteer-hours");

        // 5. The record certificate, issued free from the confirmed hours by the committee picked: its person in charge
        // and contact come from its registration, the handler is typed.
        await Staff.OpenMenuAsync(page, Module, "记录证明");
        await page.GetByRole(AriaRole.Button, new() { Name = "出具证明" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "出具志愿服务记录证明" })).ToBeVisibleAsync();
        await form.GetByLabel("志愿者编号").FillAsync(number);
        await Staff.EnterDateAsync(form, "服务起始日期", Staff.Today);
        await Staff.ChooseAsync(form, "出具单位", $"{Committee}（村（居）民委员会）");
        await form.GetByLabel("经办人").FillAsync("王经办");
        await form.Locator("button[type='submit']").ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^证明 \d{4}-\d{6}$") });
        await Expect(heading).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("有效");
        await Expect(Staff.Shown(page, "志愿服务时长（小时）")).ToHaveTextAsync("2.5");
        await Expect(Staff.Shown(page, "出具单位")).ToHaveTextAsync(Committee);
        await Expect(Staff.Shown(page, "负责人")).ToHaveTextAsync("李主任");
        await Expect(Staff.Shown(page, "联系方式")).ToHaveTextAsync("023-48200000");
        var certificateNumber = (await heading.InnerTextAsync()).Trim()["证明 ".Length..];
        var code = (await Staff.Shown(page, "验证码").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJKMNP-Z]{12}$", code);

        await page.GetByRole(AriaRole.Button, new() { Name = "打印证明" }).ClickAsync();
        var certificate = page.Locator("article.mz-print");
        await Expect(certificate.GetByRole(AriaRole.Heading, new() { Name = "志愿服务记录证明" })).ToBeVisibleAsync();
        await Expect(certificate).ToContainTextAsync($"兹证明志愿甲（志愿者编号{number}）");
        await Expect(certificate).ToContainTextAsync("志愿服务时长2.5小时");
        // The sentence reads its dates as a letter does, not as the API sends them.
        await Expect(certificate.Locator("p").First).ToContainTextAsync(new Regex(@"于\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日期间"));
        await Expect(certificate).ToContainTextAsync(certificateNumber);
        await Expect(certificate.Locator(".mz-qr")).ToContainTextAsync($"扫码核验（验证码 {code}）");
        await Expect(certificate.Locator(".mz-qr canvas, .mz-qr svg").First).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "97-volunteer-certificate-print");

        // Verified by anyone, on a phone: only what confirms it. The link is the one the QR code holds.
        var verifyUrl = (await Staff.CallAsync(page, "GET", $"/api/volunteer/certificates/{page.Url.Split('/').Last()}")).GetProperty("verifyUrl").GetString()!;
        Assert.EndsWith($"/api/volunteer/public/{RunningSystem.District}/certificates/{code}/page", verifyUrl);
        await phone.GotoAsync(verifyUrl);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "志愿服务记录证明：有效" })).ToBeVisibleAsync();
        var facts = phone.Locator("table");
        await Expect(facts.GetByRole(AriaRole.Row).Filter(new() { HasText = "证明编号" })).ToContainTextAsync(certificateNumber);
        await Expect(facts.GetByRole(AriaRole.Row).Filter(new() { HasText = "志愿者" })).ToContainTextAsync($"志**（{SyntheticIds.Masked(idNumber)}）");
        await Expect(facts.GetByRole(AriaRole.Row).Filter(new() { HasText = "志愿服务时长" })).ToContainTextAsync("2.5小时");
        await Expect(facts.GetByRole(AriaRole.Row).Filter(new() { HasText = "出具单位" })).ToContainTextAsync(Committee);
        await Expect(phone.Locator("body")).Not.ToContainTextAsync(idNumber);
        await Staff.LookAtAsync(phone, "98-volunteer-certificate-verified");

        await phone.GotoAsync($"/api/volunteer/public/{RunningSystem.District}/certificates/ABCDEFGHJKMN/page");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "未查到该证明" })).ToBeVisibleAsync();
        await Expect(phone.Locator("table")).ToHaveCountAsync(0);
    }
}
