using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>
/// A resident's household, disability certificates and welfare statuses changed on their detail page:
/// the server's refusals on their fields, a stale version read again, a confirmation before what cannot be undone.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryRecordsPageTests(RunningSystem system)
{
    private static async Task OpenTabAsync(IPage page, string personId, string name, string tab)
    {
        await page.GotoAsync($"/registry/{personId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
    }

    private static ILocator Dialog(IPage page, string title) => page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = title });

    /// <summary>A row of the open tab's table, by a cell's text.</summary>
    private static ILocator Row(IPage page, string text) =>
        page.GetByRole(AriaRole.Tabpanel).GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    /// <summary>Finds a resident in the picker by name, as staff type it, and takes them.</summary>
    private static async Task PickResidentAsync(ILocator dialog, string label, string name)
    {
        await dialog.GetByLabel(label, new() { Exact = true }).FillAsync(name);
        await Staff.OpenOptions(dialog.Page).Filter(new() { HasTextRegex = new Regex($"^{name}（") }).ClickAsync();
    }

    [Fact]
    public async Task A_household_is_founded_joined_and_left_with_the_servers_refusal_on_its_field()
    {
        var page = await Staff.SignedInAsync(system);
        var head = await Staff.RegisterResidentAsync(page, "户主甲");
        await Staff.RegisterResidentAsync(page, "配偶乙");
        var third = await Staff.RegisterResidentAsync(page, "成员丙");

        await OpenTabAsync(page, head, "户主甲", "家庭户");
        await Expect(page.GetByText("该居民尚未编入家庭户")).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "40-household-none");
        await page.GetByRole(AriaRole.Button, new() { Name = "立户（本人为户主）" }).ClickAsync();
        await Expect(Row(page, "户主甲（本人）")).ToContainTextAsync("户主");

        await page.GetByRole(AriaRole.Button, new() { Name = "添加成员" }).ClickAsync();
        var add = Dialog(page, "添加家庭户成员");
        await PickResidentAsync(add, "加入本户的居民", "配偶乙");
        await Staff.ChooseAsync(add, "与户主关系", "配偶");
        await add.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Expect(add).ToBeHiddenAsync();
        await Expect(Row(page, "配偶乙")).ToContainTextAsync("配偶");

        // A second spouse: the browser has no rule against it, the server's refusal lands on the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "添加成员" }).ClickAsync();
        await PickResidentAsync(add, "加入本户的居民", "成员丙");
        await Staff.ChooseAsync(add, "与户主关系", "配偶");
        await add.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Expect(Staff.FormItem(add, "与户主关系").Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("本户已登记户主的配偶");
        await Expect(add.GetByRole(AriaRole.Alert).Filter(new() { HasText = "未能保存" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "41-household-member-refused");
        await Staff.ChooseAsync(add, "与户主关系", "子女");
        await add.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Expect(add).ToBeHiddenAsync();
        await Expect(Row(page, "成员丙")).ToContainTextAsync("子女");
        await Staff.LookAtAsync(page, "42-household");

        // Leaving is asked first; 取消 leaves the member where they are.
        await Row(page, "成员丙").GetByRole(AriaRole.Button, new() { Name = "将成员丙移出本户" }).ClickAsync();
        var ask = page.Locator(".ant-popconfirm").Filter(new() { HasText = "将成员丙移出本户？" });
        await Expect(ask).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "43-household-remove-confirm");
        await ask.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(Row(page, "成员丙")).ToBeVisibleAsync();
        await Row(page, "成员丙").GetByRole(AriaRole.Button, new() { Name = "将成员丙移出本户" }).ClickAsync();
        await ask.GetByRole(AriaRole.Button, new() { Name = "移出" }).ClickAsync();
        await Expect(Row(page, "成员丙")).ToHaveCountAsync(0);
        var members = await Staff.CallAsync(page, "GET", $"/api/platform/registry/persons/{third}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, members.GetProperty("household").ValueKind);

        // From the other side: 成员丙 joins the household through any of its members.
        await OpenTabAsync(page, third, "成员丙", "家庭户");
        await page.GetByRole(AriaRole.Button, new() { Name = "加入家庭户" }).ClickAsync();
        var join = Dialog(page, "加入家庭户：成员丙");
        await PickResidentAsync(join, "同户居民", "配偶乙");
        await Staff.ChooseAsync(join, "与户主关系", "子女");
        await Staff.LookAtAsync(page, "44-household-join");
        await join.GetByRole(AriaRole.Button, new() { Name = "加入" }).ClickAsync();
        await Expect(join).ToBeHiddenAsync();
        await Expect(Row(page, "成员丙（本人）")).ToContainTextAsync("子女");
        await Expect(Row(page, "户主甲")).ToContainTextAsync("户主");
    }

    [Fact]
    public async Task A_certificate_is_added_after_the_servers_field_error_corrected_read_again_when_stale_and_revoked_after_a_confirmation()
    {
        var page = await Staff.SignedInAsync(system);
        var idNumber = SyntheticIds.NextIdNumber();
        var person = await Staff.RegisterResidentAsync(page, "持证丁", idNumber);
        var certificates = $"/api/platform/registry/persons/{person}/disability-certificates";
        await OpenTabAsync(page, person, "持证丁", "残疾人证");
        await Expect(page.GetByText("暂无残疾人证")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "登记残疾人证" }).ClickAsync();
        var add = Dialog(page, "登记残疾人证：持证丁");
        await Staff.ChooseAsync(add, "残疾类别", "肢体");
        await Staff.ChooseAsync(add, "残疾等级", "二级");
        // The number is the holder's ID number, the category code (肢体: 4) and the grade.
        await Expect(add.GetByLabel("残疾人证号")).ToHaveValueAsync(idNumber + "42");
        // Issued before the holder was born: only the server knows the birth date.
        await Staff.EnterDateAsync(add, "发证日期", "1950-01-01");
        await Staff.EnterDateAsync(add, "有效期至", "2031-03-01");
        await add.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(Staff.FormItem(add, "发证日期").Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("发证日期不能早于持证人的出生日期");
        await Staff.LookAtAsync(page, "45-certificate-field-error");
        await Staff.EnterDateAsync(add, "发证日期", "2021-03-01");
        await add.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(add).ToBeHiddenAsync();
        var row = Row(page, idNumber + "4");
        await Expect(row).ToContainTextAsync("二级");
        await Expect(row).ToContainTextAsync("有效");

        await row.GetByRole(AriaRole.Button, new() { Name = "修改残疾人证" }).ClickAsync();
        var edit = Dialog(page, "修改残疾人证：持证丁");
        await Staff.ChooseAsync(edit, "残疾等级", "三级");
        await Expect(edit.GetByLabel("残疾人证号")).ToHaveValueAsync(idNumber + "43");
        await edit.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(edit).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("三级");

        // Someone else regrades it while the form is open: 已被他人修改, then read again.
        await row.GetByRole(AriaRole.Button, new() { Name = "修改残疾人证" }).ClickAsync();
        await Expect(edit.GetByLabel("残疾人证号")).ToHaveValueAsync(idNumber + "43");
        var current = (await Staff.CallAsync(page, "GET", certificates)).EnumerateArray().Single();
        await Staff.CallAsync(page, "PUT", $"{certificates}/{current.GetProperty("id").GetString()}", new
        {
            number = idNumber + "44", category = "肢体", grade = 4, issuedOn = "2021-03-01", validUntil = "2031-03-01",
            version = current.GetProperty("version").GetInt32(),
        });
        await Staff.ChooseAsync(edit, "残疾等级", "一级");
        await edit.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var stale = edit.GetByRole(AriaRole.Alert).Filter(new() { HasText = "已被他人修改，请刷新" });
        await Expect(stale).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "46-certificate-stale");
        await stale.GetByRole(AriaRole.Button, new() { Name = "刷新" }).ClickAsync();
        await Expect(edit).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("四级");

        // Revoking is asked once more; 取消 there revokes nothing.
        await row.GetByRole(AriaRole.Button, new() { Name = "注销残疾人证" }).ClickAsync();
        var revoke = Dialog(page, "注销残疾人证：持证丁");
        await Staff.EnterDateAsync(revoke, "注销日期", Staff.Today);
        await revoke.GetByLabel("注销原因").FillAsync("复核不符合条件");
        await revoke.GetByRole(AriaRole.Button, new() { Name = "注销" }).ClickAsync();
        var confirm = Dialog(page, "确认注销？");
        await Expect(confirm).ToContainTextAsync("此操作不可撤销");
        await Staff.LookAtAsync(page, "47-certificate-revoke-confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(confirm).ToBeHiddenAsync();
        var unrevoked = (await Staff.CallAsync(page, "GET", certificates)).EnumerateArray().Single();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unrevoked.GetProperty("revokedOn").ValueKind);

        await revoke.GetByRole(AriaRole.Button, new() { Name = "注销" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "确认注销" }).ClickAsync();
        await Expect(revoke).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("已注销");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "注销残疾人证" })).ToHaveCountAsync(0);
        await Staff.LookAtAsync(page, "48-certificate-revoked");
    }

    [Fact]
    public async Task A_welfare_status_is_recorded_after_the_servers_field_error_and_ended_after_a_confirmation()
    {
        var page = await Staff.SignedInAsync(system);
        var person = await Staff.RegisterResidentAsync(page, "低保戊");
        await OpenTabAsync(page, person, "低保戊", "福利状态");
        await Expect(page.GetByText("暂无福利状态")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "登记福利状态" }).ClickAsync();
        var add = Dialog(page, "登记福利状态：低保戊");
        await Staff.ChooseAsync(add, "救助类型", "低保");
        // Before the resident was born: only the server knows the birth date.
        await Staff.EnterDateAsync(add, "开始日期", "1950-01-01");
        await add.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(Staff.FormItem(add, "开始日期").Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("开始日期不能早于出生日期");
        await Staff.LookAtAsync(page, "50-welfare-field-error");
        await Staff.EnterDateAsync(add, "开始日期", "2025-01-01");
        await add.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(add).ToBeHiddenAsync();
        var row = Row(page, "低保");
        await Expect(row).ToContainTextAsync("至今");
        await Expect(row).ToContainTextAsync("享受中");

        await row.GetByRole(AriaRole.Button, new() { Name = "终止低保" }).ClickAsync();
        var end = Dialog(page, "终止低保：低保戊");
        await Staff.EnterDateAsync(end, "结束日期", "2025-12-31");
        await end.GetByRole(AriaRole.Button, new() { Name = "终止" }).ClickAsync();
        var confirm = Dialog(page, "确认终止？");
        await Expect(confirm).ToContainTextAsync("此操作不可撤销");
        await Staff.LookAtAsync(page, "51-welfare-end-confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "确认终止" }).ClickAsync();
        await Expect(end).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("2025年12月31日");
        await Expect(row).ToContainTextAsync("已结束");
        await Staff.LookAtAsync(page, "52-welfare-ended");

        // Both changes are in the resident's history, read again after each change.
        await page.GetByRole(AriaRole.Tab, new() { Name = "变更记录" }).ClickAsync();
        await Expect(page.GetByTestId("history")).ToContainTextAsync("新增福利状态");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("修改福利状态");
    }
}
