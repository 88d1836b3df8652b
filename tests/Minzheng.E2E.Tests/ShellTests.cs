using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>The staff shell in a real browser: sign-in, the menu, module switching, administration.</summary>
[Collection(SystemCollection.Name)]
public sealed class ShellTests(RunningSystem system)
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page, password: "Not-The-Passw0rd!");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Staff.LookAtAsync(page, "01-login-wrong-password");
    }

    [Fact]
    public async Task Signing_in_shows_the_platform_entries_and_the_enabled_modules_with_a_UI()
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync("/admin/modules");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Staff.LookAtAsync(page, "00-login");

        await Staff.SignInAsync(page);

        // Back where the person was going, with district and user in the header.
        await Expect(page).ToHaveURLAsync(new Regex("/admin/modules$"));
        await Expect(page.GetByTestId("district")).ToHaveTextAsync("万盛经开区");
        await Expect(page.GetByTestId("user")).ToContainTextAsync("系统管理员");
        // notes and echo are enabled but describe no pages: they have no place in the menu.
        Assert.Equal(["首页", "居民信息", "规划指标", "审计日志", "系统管理", "残疾人两项补贴", "福利彩票", "婚姻登记", "社会组织", "走访慰问", "志愿服务"], await Staff.TopMenuAsync(page));
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("系统管理");
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("模块管理");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "您好，系统管理员" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "02-home");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
    }

    [Fact]
    public async Task A_clerk_sees_only_what_their_permissions_open()
    {
        var admin = await system.NewPageAsync();
        await Staff.SignInAsync(admin);
        await Expect(admin.GetByTestId("user")).ToBeVisibleAsync();
        var headers = await Staff.ApiHeadersAsync(admin);
        var role = await admin.APIRequest.PostAsync("/api/platform/roles", new() { Headers = headers, DataObject = new { name = "走访查阅", permissions = new[] { "visits.read" } } });
        Assert.Equal(201, role.Status);
        var user = await admin.APIRequest.PostAsync("/api/platform/users", new()
        {
            Headers = headers,
            DataObject = new { userName = "reader", displayName = "李查阅", password = "Look-Only-Passw0rd!", scopeLevel = "District", scopeCode = "500110", roles = new[] { "走访查阅" } },
        });
        Assert.Equal(201, user.Status);

        var clerk = await system.NewPageAsync();
        await Staff.SignInAsync(clerk, "reader", "Look-Only-Passw0rd!");
        await Expect(clerk.GetByTestId("user")).ToContainTextAsync("李查阅");
        Assert.Equal(["首页", "走访慰问"], await Staff.TopMenuAsync(clerk));
        await Staff.Menu(clerk).GetByText("走访慰问", new() { Exact = true }).ClickAsync();
        await Expect(Staff.Menu(clerk).GetByRole(AriaRole.Link, new() { Name = "走访记录" })).ToBeVisibleAsync();
        await Expect(Staff.Menu(clerk).GetByRole(AriaRole.Link, new() { Name = "登记走访" })).ToHaveCountAsync(0);

        // The list offers no 登记走访 either; the form, opened by its address, is not there for them.
        await Staff.Menu(clerk).GetByRole(AriaRole.Link, new() { Name = "走访记录" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "走访记录" })).ToBeVisibleAsync();
        await Expect(clerk.GetByRole(AriaRole.Button, new() { Name = "登记走访" })).ToHaveCountAsync(0);
        await clerk.GotoAsync("/m/visits/new-visit");
        await Expect(clerk.GetByText("页面不存在", new() { Exact = true })).ToBeVisibleAsync();
        await clerk.GotoAsync("/admin/modules");
        await Expect(clerk.GetByText("加载失败")).ToBeVisibleAsync();
        await Staff.LookAtAsync(clerk, "08-clerk-forbidden");
    }

    [Fact]
    public async Task A_module_disabled_for_the_district_leaves_the_menu_and_its_pages_say_so()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Expect(page.GetByTestId("user")).ToBeVisibleAsync();
        await Staff.OpenMenuAsync(page, "系统管理", "模块管理");
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "停用走访慰问" })).ToBeCheckedAsync();
        await Staff.LookAtAsync(page, "03-modules");

        await page.GetByRole(AriaRole.Switch, new() { Name = "停用走访慰问" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("停用“走访慰问”？");
        await Staff.CheckAccessibilityAsync(page, "the confirmation to disable a module");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "启用走访慰问" })).Not.ToBeCheckedAsync();
        await Expect(Staff.Menu(page)).Not.ToContainTextAsync("走访慰问");
        Assert.Equal(["首页", "居民信息", "规划指标", "审计日志", "系统管理", "残疾人两项补贴", "福利彩票", "婚姻登记", "社会组织", "志愿服务"], await Staff.TopMenuAsync(page));

        // Its pages, opened from a bookmark, and its API answer "not enabled".
        await page.GotoAsync("/m/visits/visits");
        await Expect(page.GetByText("模块未启用")).ToBeVisibleAsync();
        var api = await page.APIRequest.GetAsync("/api/visits/visits");
        Assert.Equal(404, api.Status);
        Assert.Contains("未在本区启用", await api.TextAsync());

        // A module others depend on cannot be disabled: the reason is shown.
        await page.GotoAsync("/admin/modules");
        await page.GetByRole(AriaRole.Switch, new() { Name = "停用备忘" }).ClickAsync();
        // The confirmation zooms in: its button is clicked where it comes to rest.
        await Staff.SettleAsync(page);
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "无法停用模块" });
        await Expect(refusal).ToContainTextAsync("不能停用“备忘”：已启用的“回声”依赖它");
        await Staff.LookAtAsync(page, "04-modules-refused");
        await refusal.GetByRole(AriaRole.Button, new() { Name = "知道了" }).ClickAsync();

        // Enabled again, it is back.
        await page.GetByRole(AriaRole.Switch, new() { Name = "启用走访慰问" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Expect(Staff.Menu(page)).ToContainTextAsync("走访慰问");
    }

    [Fact]
    public async Task Users_and_roles_are_listed_and_a_new_user_gets_the_servers_field_errors()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Staff.OpenMenuAsync(page, "系统管理", "用户与角色");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "admin", Exact = true })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "05-users");

        await page.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("用户名").FillAsync("clerk1");
        await dialog.GetByLabel("姓名").FillAsync("王芳");
        await dialog.GetByLabel("初始密码").FillAsync("short");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        // The password policy is the server's: its message lands on the password field.
        var passwordItem = dialog.Locator(".ant-form-item").Filter(new() { Has = page.GetByText("初始密码", new() { Exact = true }) });
        await Expect(passwordItem.Locator(Staff.FieldErrorSelector)).ToContainTextAsync("密码");
        await Staff.LookAtAsync(page, "06-new-user-error");
        await dialog.GetByLabel("初始密码").FillAsync("Quiet-River-Passw0rd!");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        // Locking asks first (it stops the account's sessions and tokens), then shows in the row; unlocking undoes it.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "clerk1", Exact = true }) });
        await row.GetByRole(AriaRole.Button, new() { Name = "锁定" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "锁定用户" });
        await Expect(confirm).ToContainTextAsync("接口令牌也将失效");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "锁定", Exact = true }).ClickAsync();
        await Expect(row).ToContainTextAsync("已锁定");
        await row.GetByRole(AriaRole.Button, new() { Name = "解锁" }).ClickAsync();
        var unlock = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "解锁用户" });
        await unlock.GetByRole(AriaRole.Button, new() { Name = "解锁", Exact = true }).ClickAsync();
        await Expect(row).ToContainTextAsync("正常");

        await page.GetByRole(AriaRole.Tab, new() { Name = "角色" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "系统管理员", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("启用/停用模块").First).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "07-roles");
    }
}

/// <summary>A module written in C# alone gets working pages: list, form, detail with workflow, dashboard, print.</summary>
[Collection(SystemCollection.Name)]
public sealed class DescribedPageTests(RunningSystem system)
{
    private static string ValidId() => SyntheticIds.IdNumberOf(new DateOnly(1980, 1, 1), 123);

    [Fact]
    public async Task A_visit_is_recorded_through_the_form_then_approved_through_the_workflow()
    {
        var page = await system.NewPageAsync();
        await Staff.SignInAsync(page);
        await Staff.OpenMenuAsync(page, "走访慰问", "登记走访");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记走访" })).ToBeVisibleAsync();

        var form = page.Locator("main form");
        ILocator Item(string label) => form.Locator(".ant-form-item").Filter(new() { Has = page.GetByText(label, new() { Exact = true }) });

        await page.GetByLabel("姓名").FillAsync("张三");
        await page.GetByLabel("身份证号码").FillAsync(SyntheticIds.WithWrongCheck(ValidId()));
        await page.GetByLabel("所在村居").ClickAsync();
        await page.GetByRole(AriaRole.Menuitemcheckbox, new() { Name = "万盛街道" }).Or(page.Locator(".ant-cascader-menu-item[title='万盛街道']")).First.ClickAsync();
        await page.Locator(".ant-cascader-menu-item[title='万新路社区居民委员会']").ClickAsync();
        // A date the server refuses (in the future): the browser has no rule for it.
        var future = DateTime.UtcNow.AddHours(8).AddDays(3).ToString("yyyy-MM-dd");
        await page.GetByLabel("走访日期").FillAsync(future);
        await page.GetByLabel("走访日期").PressAsync("Tab");
        await page.GetByLabel("走访类型").ClickAsync();
        await page.Locator(".ant-select-item-option[title='节日慰问']").ClickAsync();
        await page.GetByLabel("慰问金（元）").FillAsync("500");
        await page.GetByLabel("走访情况").FillAsync("生活困难，送去米油和慰问金。");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Item("身份证号码").Locator(Staff.FieldErrorSelector)).ToContainTextAsync("校验位错误");

        await page.GetByLabel("身份证号码").FillAsync(ValidId());
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Item("走访日期").Locator(Staff.FieldErrorSelector)).ToHaveTextAsync("走访日期不能晚于今天");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "未能保存" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "10-form-server-error");

        await page.GetByLabel("走访日期").ClearAsync();
        await page.GetByLabel("走访日期").FillAsync("2025-01-15");
        await page.GetByLabel("走访日期").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        // Saved: the detail page of the new record, in its first state, with the actions of that state only.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "走访记录：张三" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("草稿");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "审核通过" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("万盛街道 万新路社区居民委员会")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待审核");

        // Irreversible: asked first, and nothing happens on 取消.
        await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("审核通过后不能撤回");
        await Staff.LookAtAsync(page, "11-detail-confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待审核");
        await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已通过");
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("审核通过");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退回" })).ToHaveCountAsync(0);
        await Staff.LookAtAsync(page, "12-detail-approved");

        await page.GetByRole(AriaRole.Button, new() { Name = "打印走访记录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "困难群众走访慰问记录单" })).ToBeVisibleAsync();
        await Expect(page.Locator("article")).ToContainTextAsync("兹于2025年1月15日走访慰问张三同志");
        await Staff.LookAtAsync(page, "13-print");

        await Staff.OpenMenuAsync(page, "走访慰问", "走访记录");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "张三" });
        await Expect(row).ToContainTextAsync("已通过");
        await Expect(row).ToContainTextAsync("¥500.00");
        await Expect(row).ToContainTextAsync("500110********");
        await Staff.LookAtAsync(page, "14-list");

        await page.Locator("form[role='search']").GetByLabel("姓名").FillAsync("李四");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.GetByText("暂无数据").First).ToBeVisibleAsync();

        await Staff.OpenMenuAsync(page, "走访慰问", "走访统计");
        await Expect(page.Locator(".ant-statistic").Filter(new() { HasText = "走访次数" })).ToContainTextAsync("1");
        // Each chart's data as a table too, one click away (and always there for screen readers).
        var byKind = page.Locator(".ant-card").Filter(new() { HasText = "按类型" });
        await byKind.GetByRole(AriaRole.Button, new() { Name = "表格" }).ClickAsync();
        await Expect(byKind.GetByRole(AriaRole.Row).Filter(new() { HasText = "节日慰问" })).ToContainTextAsync("1");
        await Expect(byKind.GetByRole(AriaRole.Button, new() { Name = "图表" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "15-dashboard");
    }
}
