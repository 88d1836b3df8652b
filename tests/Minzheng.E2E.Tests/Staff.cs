using System.Text.Json;
using System.Text.RegularExpressions;
using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>What a person does in the shell, and what the tests check on every page they see.</summary>
internal static class Staff
{
    /// <summary>
    /// A field's error message as staff see it. When one message replaces another, antd keeps the old one
    /// in the page while it fades out: a locator that counted it would see two.
    /// </summary>
    public const string FieldErrorSelector = ".ant-form-item-explain-error:not(.ant-form-show-help-item-leave)";

    private static readonly Lazy<string> AxeScript = new(() =>
    {
        var path = Path.Combine(RunningSystem.RepositoryRoot, "host", "web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is missing at {path}: run `cd host/web && npm ci` (build/test.sh does).");
    });

    public static async Task SignInAsync(IPage page, string userName = "admin", string password = RunningSystem.AdminPassword)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>A new page with the administrator signed in, the shell shown.</summary>
    public static async Task<IPage> SignedInAsync(RunningSystem system)
    {
        var page = await system.NewPageAsync();
        await SignInAsync(page);
        await Expect(page.GetByTestId("user")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Registers a resident through the API (in 万新路社区 unless said otherwise); their id.</summary>
    public static async Task<string> RegisterResidentAsync(IPage page, string name, string? idNumber = null, string village = "500110004001")
    {
        var person = await CallAsync(page, "POST", "/api/platform/registry/persons", new
        {
            idNumber = idNumber ?? SyntheticIds.NextIdNumber(), name, ethnicity = "汉族", hukouType = "Rural", divisionCode = village,
        }, 201);
        return person.GetProperty("id").GetString()!;
    }

    /// <summary>The anti-forgery header a signed-in page's API calls need (changes only).</summary>
    public static async Task<Dictionary<string, string>> ApiHeadersAsync(IPage page)
    {
        var token = await (await page.APIRequest.GetAsync("/api/platform/auth/antiforgery")).JsonAsync();
        return new Dictionary<string, string> { ["X-XSRF-TOKEN"] = token!.Value.GetProperty("token").GetString()! };
    }

    /// <summary>Calls the API as the page's signed-in person, with the anti-forgery header; fails on anything but <paramref name="expected"/>.</summary>
    public static async Task<JsonElement> CallAsync(IPage page, string method, string url, object? body = null, int expected = 200)
    {
        var response = await page.APIRequest.FetchAsync(url, new()
        {
            Method = method,
            Headers = await ApiHeadersAsync(page),
            DataObject = body,
        });
        var text = await response.TextAsync();
        Assert.True(response.Status == expected, $"{method} {url}: {response.Status} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A form item by its label, to read the errors shown under it.</summary>
    public static ILocator FormItem(ILocator form, string label) =>
        form.Locator(".ant-form-item").Filter(new() { Has = form.Page.GetByText(label, new() { Exact = true }) });

    /// <summary>Picks an option of a select by the select's label: the option of the open list, not of one closed before.</summary>
    public static async Task ChooseAsync(ILocator scope, string label, string option)
    {
        // The box around the combobox: once an option is chosen, its text lies over the input and takes a person's click.
        await scope.GetByLabel(label, new() { Exact = true })
            .Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select-selector ')]").ClickAsync();
        await OpenOptions(scope.Page).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(option)}$") }).ClickAsync();
    }

    /// <summary>Picks 万盛街道 万新路社区居民委员会 in a village picker (a cascader) by its label.</summary>
    public static async Task ChooseVillageAsync(IPage page, string label)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.Locator(".ant-cascader-menu-item[title='万盛街道']").ClickAsync();
        await page.Locator(".ant-cascader-menu-item[title='万新路社区居民委员会']").ClickAsync();
    }

    /// <summary>The value shown beside a label on a detail page.</summary>
    public static ILocator Shown(IPage page, string label) =>
        page.Locator($"xpath=//th[normalize-space()='{label}']/following-sibling::td[1]");

    /// <summary>The options of the select list open now (antd keeps closed ones in the page, hidden).</summary>
    public static ILocator OpenOptions(IPage page) =>
        page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option");

    /// <summary>Types a date into a date picker and leaves it, as staff do.</summary>
    public static async Task EnterDateAsync(ILocator scope, string label, string date)
    {
        var input = scope.GetByLabel(label, new() { Exact = true });
        await input.ClearAsync();
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }

    /// <summary>Today in Beijing, as the server counts days.</summary>
    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    /// <summary>Today in Beijing as lists and detail pages show a date (2025年1月15日).</summary>
    public static string TodayShown => DateTime.UtcNow.AddHours(8).ToString("yyyy年M月d日");

    public static ILocator Menu(IPage page) => page.Locator("nav[aria-label='主菜单']");

    /// <summary>The menu's top-level entries, as staff read them.</summary>
    public static async Task<IReadOnlyList<string>> TopMenuAsync(IPage page) =>
        (await Menu(page).Locator(".ant-menu-root > li.ant-menu-item, .ant-menu-root > li.ant-menu-submenu > .ant-menu-submenu-title").AllInnerTextsAsync())
            .Select(t => t.Trim()).ToList();

    /// <summary>Opens a menu entry, expanding its group first when it is closed.</summary>
    public static async Task OpenMenuAsync(IPage page, string group, string entry)
    {
        var link = Menu(page).GetByRole(AriaRole.Link, new() { Name = entry, Exact = true });
        if (!await link.IsVisibleAsync())
        {
            await Menu(page).GetByText(group, new() { Exact = true }).ClickAsync();
        }
        await link.ClickAsync();
    }

    /// <summary>axe-core on the page as it is now: no serious or critical violation of WCAG 2 A/AA.</summary>
    public static async Task CheckAccessibilityAsync(IPage page, string what)
    {
        await SettleAsync(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Content = AxeScript.Value });
        }
        var json = await page.EvaluateAsync<string>("""
            async () => {
              // A toast leaves when its time is up, whenever that is: fading out, it is on its way out of the page, not read.
              const result = await axe.run({ exclude: [['.ant-message-move-up-leave']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160) + ' :: ' + n.failureSummary) })));
            }
            """);
        using var doc = JsonDocument.Parse(json);
        var violations = doc.RootElement.EnumerateArray().Select(v =>
                $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n    "
                + string.Join("\n    ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString())))
            .ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {what}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// Waits for fonts, for loading tables, and for antd's finite transitions (a dialog fading in is half transparent: its
    /// contrast, and its picture, are not what a person sees a moment later). Spinners never end.
    /// </summary>
    public static async Task SettleAsync(IPage page) =>
        await page.EvaluateAsync("""
            async () => {
              await document.fonts.ready;
              // A table still loading is dimmed (antd's .ant-spin-blur): its faded text is not what staff read.
              for (let i = 0; i < 200 && document.querySelector('.ant-spin-blur'); i++) await new Promise(r => setTimeout(r, 50));
              const finite = document.getAnimations().filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity);
              await Promise.all(finite.map(a => a.finished.catch(() => null)));
              await new Promise(r => setTimeout(r, 100));
            }
            """);

    /// <summary>
    /// The whole page as it stands. A page taller than the window is captured in a window as tall as the page,
    /// settled first: a full-page capture lays the page out again at that size, and a transition it starts
    /// (the side menu's, once caught at 177 px of its 220) would otherwise be pictured halfway.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await SettleAsync(page);
        var window = page.ViewportSize!;
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        if (height > window.Height)
        {
            await page.SetViewportSizeAsync(window.Width, height);
            await SettleAsync(page);
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningSystem.ScreenshotFolder, name + ".png"), FullPage = true });
        if (height > window.Height)
        {
            await page.SetViewportSizeAsync(window.Width, window.Height);
        }
    }

    /// <summary>The side menu's width as laid out now: 220 px at desktop widths, whatever the page shows.</summary>
    public static async Task<float> SideMenuWidthAsync(IPage page) =>
        (await page.Locator(".ant-layout-sider").BoundingBoxAsync())!.Width;

    /// <summary>Checks a page the way every test does: accessibility, then a screenshot for the record.</summary>
    public static async Task LookAtAsync(IPage page, string name)
    {
        await CheckAccessibilityAsync(page, name);
        await ScreenshotAsync(page, name);
    }
}
