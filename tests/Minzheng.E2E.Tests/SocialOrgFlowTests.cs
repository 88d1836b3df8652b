using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>
/// 社会组织's main flow in a real browser (issue 15): 成立登记 by the district with the credit code checked (a wrong check
/// character and a category that is not the type's refused on the field), the organisation on the register and its
/// page, then supervision: put on the 活动异常名录, seen on the credit lists, and removed with a reason, each step in
/// its history.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SocialOrgFlowTests(RunningSystem system)
{
    private const string Module = "社会组织";
    private const string Name = "万盛经开区益民社会工作服务中心";

    [Fact]
    public async Task An_organisation_registered_with_a_checked_credit_code_is_on_the_register_and_is_put_on_and_taken_off_the_abnormal_list()
    {
        var page = await Staff.SignedInAsync(system);
        var code = SyntheticIds.NextCreditCode('2');
        var representativeId = SyntheticIds.NextIdNumber();

        // 1. 成立登记 through the form, from the register's list.
        await Staff.OpenMenuAsync(page, Module, "社会组织登记");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "社会组织登记", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "成立登记" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "社会组织成立登记" })).ToBeVisibleAsync();
        var form = page.Locator("main form");
        await Staff.ChooseAsync(form, "类型", "社会服务机构");
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync(Name);
        await form.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(SyntheticIds.WithWrongCheck(code));
        await form.GetByLabel("法定代表人", new() { Exact = true }).FillAsync("社组甲");
        await form.GetByLabel("法定代表人身份证号码").FillAsync(representativeId);
        await form.GetByLabel("业务主管单位").FillAsync("万盛经开区民政局");
        await form.GetByLabel("开办资金（万元）").FillAsync("10");
        await form.GetByLabel("住所", new() { Exact = true }).FillAsync("万盛经开区万新路 18 号");
        await Staff.ChooseVillageAsync(page, "所在村（居）");
        await form.GetByLabel("业务范围").FillAsync("为社区困难群众、老年人提供社会工作专业服务。");

        // The check character (GB 32100) is the server's: its message lands on the field.
        var codeItem = Staff.FormItem(form, "统一社会信用代码");
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(codeItem.Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("统一社会信用代码校验位错误，请核对");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "未能保存" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "100-socialorg-credit-code-refused");

        // A valid code of a 社会团体 (category 1) is not the code of a 社会服务机构.
        await form.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(SyntheticIds.NextCreditCode('1'));
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(codeItem.Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("统一社会信用代码第2位应为2（社会服务机构），而不是1");

        await form.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(code);
        await form.Locator("button[type='submit']").ClickAsync();

        // Registered: its page, 正常, with what was registered and the representative's ID number masked.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Name })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("正常");
        await Expect(Staff.Shown(page, "类型")).ToHaveTextAsync("社会服务机构");
        await Expect(Staff.Shown(page, "统一社会信用代码")).ToHaveTextAsync(code);
        await Expect(Staff.Shown(page, "信用代码确认说明")).ToHaveTextAsync("—");
        await Expect(Staff.Shown(page, "法定代表人")).ToHaveTextAsync("社组甲");
        await Expect(Staff.Shown(page, "法定代表人身份证号码")).ToHaveTextAsync(SyntheticIds.Masked(representativeId));
        await Expect(Staff.Shown(page, "所在村（居）")).ToHaveTextAsync("万盛街道 万新路社区居民委员会");
        await Expect(Staff.Shown(page, "成立登记日期")).ToHaveTextAsync(Staff.TodayShown);
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("成立登记");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(representativeId);
        await Staff.LookAtAsync(page, "101-socialorg-registered");

        // 2. On the register, found by its code.
        await Staff.OpenMenuAsync(page, Module, "社会组织登记");
        await page.Locator("form[role='search']").GetByLabel("名称或信用代码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = code });
        await Expect(row).ToContainTextAsync(Name);
        await Expect(row).ToContainTextAsync("社会服务机构");
        await Expect(row).ToContainTextAsync("社组甲");
        await Expect(row).ToContainTextAsync("万盛街道 万新路社区居民委员会");
        await Expect(row).ToContainTextAsync("正常");
        await Staff.LookAtAsync(page, "102-socialorg-register");

        // 3. Supervision: put on the 活动异常名录 from its page; a second time on the same list is refused with the reason.
        await row.GetByRole(AriaRole.Link, new() { Name = Name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Name })).ToBeVisibleAsync();
        async Task<ILocator> ListAsync()
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "列入名录" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "决定书文号" });
            await Staff.ChooseAsync(dialog, "名录", "活动异常名录");
            await dialog.GetByLabel("列入原因").FillAsync("未按规定报送年度工作报告");
            await dialog.GetByLabel("决定书文号").FillAsync("万民社异〔2025〕1号");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
            return dialog;
        }
        var listing = await ListAsync();
        await Expect(listing).ToBeHiddenAsync();
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("列入活动异常名录");
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("未按规定报送年度工作报告");
        // Listed, still registered.
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("正常");

        listing = await ListAsync();
        await Expect(listing.GetByRole(AriaRole.Alert)).ToHaveTextAsync("该社会组织已在活动异常名录中。");
        await Staff.LookAtAsync(page, "103-socialorg-listed-twice");
        await listing.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(listing).ToBeHiddenAsync();

        // 4. On the credit lists, then removed with a reason.
        await Staff.OpenMenuAsync(page, Module, "信用名录");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "信用名录" })).ToBeVisibleAsync();
        var entry = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Name });
        await Expect(entry).ToContainTextAsync("活动异常名录");
        await Expect(entry).ToContainTextAsync("未按规定报送年度工作报告");
        await Expect(entry).ToContainTextAsync("万民社异〔2025〕1号");
        await Expect(entry).ToContainTextAsync(Staff.TodayShown);
        await Staff.LookAtAsync(page, "104-socialorg-credit-lists");

        await entry.GetByRole(AriaRole.Button, new() { Name = "移出名录" }).ClickAsync();
        var removal = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "移出原因" });
        await Expect(removal).ToContainTextAsync("移出后记录仍保留在该组织的历史中。");
        await removal.GetByLabel("移出原因").FillAsync("已补报年度工作报告");
        await removal.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(removal).ToBeHiddenAsync();
        await Expect(entry).ToContainTextAsync("已补报年度工作报告");

        // The organisation's history keeps both steps.
        await entry.GetByRole(AriaRole.Link, new() { Name = Name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Name })).ToBeVisibleAsync();
        var history = page.Locator(".ant-timeline");
        await Expect(history).ToContainTextAsync("列入活动异常名录");
        await Expect(history).ToContainTextAsync("移出活动异常名录");
        await Expect(history).ToContainTextAsync("已补报年度工作报告");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("正常");
        await Staff.LookAtAsync(page, "105-socialorg-history");
    }
}
