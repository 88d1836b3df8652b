using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>用户与角色 → 角色: a role is created with permissions chosen by module, then its permissions are changed, then it is deleted.</summary>
[Collection(SystemCollection.Name)]
public sealed class RolePageTests(RunningSystem system)
{
    // antd's checkboxes are controlled by React, which may render the new state a moment after the click on a busy
    // machine: click, then wait for the state, rather than Playwright's Check, which reads it at once and gives up.
    private static async Task ToggleAsync(ILocator checkbox, bool on)
    {
        await checkbox.ClickAsync();
        if (on) await Expect(checkbox).ToBeCheckedAsync();
        else await Expect(checkbox).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_role_is_created_with_permissions_grouped_by_module_and_then_changed()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Staff.OpenMenuAsync(page, "系统管理", "用户与角色");
        await page.GetByRole(AriaRole.Tab, new() { Name = "角色" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建角色" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator("legend").Filter(new() { HasText = "平台" })).ToBeVisibleAsync();
        await Expect(dialog.Locator("legend").Filter(new() { HasText = "走访慰问" })).ToBeVisibleAsync();
        // Each permission in the group of the module the server says declares it.
        await Expect(dialog.GetByRole(AriaRole.Group, new() { Name = "走访慰问" }).GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(3);
        await Expect(dialog.GetByRole(AriaRole.Group, new() { Name = "走访慰问" }).GetByRole(AriaRole.Checkbox, new() { Name = "审核走访" })).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Group, new() { Name = "平台" }).GetByRole(AriaRole.Checkbox, new() { Name = "查询居民信息" })).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(Staff.FormItem(dialog, "角色名称").Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("请填写角色名称");

        await dialog.GetByLabel("角色名称").FillAsync("民政窗口");
        await ToggleAsync(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "查询居民信息" }), true);
        await ToggleAsync(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "登记和修改居民信息" }), true);
        await Staff.LookAtAsync(page, "30-role-new");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "民政窗口" });
        await Expect(row).ToContainTextAsync("查询居民信息");
        await Expect(row).ToContainTextAsync("登记和修改居民信息");

        await row.GetByRole(AriaRole.Button, new() { Name = "修改“民政窗口”的权限" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("修改角色权限：民政窗口");
        // The dialog zooms in: a click during that lands where a checkbox was a moment ago, not where it is.
        await Staff.SettleAsync(page);
        await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "登记和修改居民信息" })).ToBeCheckedAsync();
        await ToggleAsync(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "登记和修改居民信息" }), false);
        await ToggleAsync(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "查看审计日志" }), true);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("查看审计日志");
        await Expect(row).Not.ToContainTextAsync("登记和修改居民信息");
        // The toast is there before the page is checked, so that its fade-in is waited for rather than caught halfway.
        await Expect(page.Locator(".ant-message")).ToContainTextAsync("已更新角色“民政窗口”的权限");
        await Staff.LookAtAsync(page, "31-roles-changed");

        var roles = await Staff.CallAsync(page, "GET", "/api/platform/roles");
        var changed = roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "民政窗口");
        Assert.Equal(new[] { "platform.audit.read", "platform.registry.read" }, changed.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToArray());

        // Deleting asks first; cancelled, the role stays; confirmed, it is gone (no user holds it).
        await row.GetByRole(AriaRole.Button, new() { Name = "删除角色“民政窗口”" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "删除后不能恢复" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(row).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "删除角色“民政窗口”" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Expect(page.Locator(".ant-message")).ToContainTextAsync("已删除角色“民政窗口”");
        await Expect(row).ToHaveCountAsync(0);
    }
}
