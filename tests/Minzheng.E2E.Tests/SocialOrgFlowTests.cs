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

    [Fact]
    public async Task A_name_approved_then_an_establishment_decided_registers_the_organisation_with_a_printable_certificate()
    {
        var page = await Staff.SignedInAsync(system);
        var name = $"万盛经开区乐龄{Random.Shared.Next(1000, 9999)}社会工作服务中心";
        var code = SyntheticIds.NextCreditCode('2');

        // 1. 名称核准: applied for, then 受理, 审查 and 准予 on its page.
        await ApplyForNameAsync(page, "社会服务机构", name, "举办者甲", "名称核准申请书");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待受理");

        // The missing document handed in as a scan: chosen from the application's own checklist, listed with its file.
        await page.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();
        var upload = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "材料名称" });
        // The choices come from the application's checklist: chosen once they are there, as staff would.
        await Expect(upload.Locator(".ant-select-loading")).ToHaveCountAsync(0);
        await Staff.ChooseAsync(upload, "材料名称", "发起人（举办者）身份证明");
        await Expect(upload.Locator(".ant-select-selection-item")).ToHaveTextAsync("发起人（举办者）身份证明");
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "身份证明.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() });
        await upload.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(upload).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "材料文件" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "身份证明.pdf" })).ToContainTextAsync("发起人（举办者）身份证明");
        await page.GoBackAsync();
        await DecideAsync(page);
        await Expect(Staff.Shown(page, "有效期至")).Not.ToHaveTextAsync("—");
        await Staff.LookAtAsync(page, "106-socialorg-name-approved");

        // 2. 成立登记 on the approved name: the register's fields in the action's dialog.
        await page.GetByRole(AriaRole.Button, new() { Name = "申请成立登记" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "统一社会信用代码" });
        await dialog.GetByLabel("统一社会信用代码").FillAsync(code);
        await dialog.GetByLabel("法定代表人", new() { Exact = true }).FillAsync("社组乙");
        await dialog.GetByLabel("法定代表人身份证号码").FillAsync(SyntheticIds.NextIdNumber());
        await dialog.GetByLabel("业务主管单位").FillAsync("万盛经开区民政局");
        await dialog.GetByLabel("开办资金（万元）").FillAsync("5");
        await dialog.GetByLabel("住所", new() { Exact = true }).FillAsync("万盛经开区万新路 20 号");
        await Staff.ChooseVillageAsync(page, "所在村（居）");
        await dialog.GetByLabel("业务范围").FillAsync("为老年人提供社会工作专业服务。");
        await dialog.GetByLabel("申请人").FillAsync("社组乙");
        await dialog.GetByLabel("已交材料（每行一份，如“章程×2”）").FillAsync("登记申请书\n章程\n验资报告\n住所使用证明\n法定代表人身份证明");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        // 3. The establishment among the pending applications, decided the same way.
        await Staff.OpenMenuAsync(page, Module, "登记申请");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).Filter(new() { HasText = "成立登记" });
        await Expect(row).ToContainTextAsync("待受理");
        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await DecideAsync(page);

        // 4. Its certificate, numbered, and the 正本 as an A4 page.
        await page.GetByRole(AriaRole.Button, new() { Name = "登记证书" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^登记证书 500110\d{6}$") })).ToBeVisibleAsync();
        await Expect(Staff.Shown(page, "统一社会信用代码")).ToHaveTextAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "打印正本" }).ClickAsync();
        var certificate = page.Locator("article.mz-print");
        await Expect(certificate.GetByRole(AriaRole.Heading, new() { Name = "社会组织法人登记证书（正本）" })).ToBeVisibleAsync();
        await Expect(certificate).ToContainTextAsync(name);
        await Expect(certificate).ToContainTextAsync(code);
        await Staff.LookAtAsync(page, "107-socialorg-certificate-print");
    }

    [Fact]
    public async Task A_name_refused_before_acceptance_prints_its_notice_with_the_remedies()
    {
        var page = await Staff.SignedInAsync(system);
        var name = $"万盛经开区乐群{Random.Shared.Next(1000, 9999)}协会";
        await ApplyForNameAsync(page, "社会团体", name, "发起人丙", null);

        // 不予受理 with its reasons and 文号, confirmed; then the 决定书 as an A4 page.
        await page.GetByRole(AriaRole.Button, new() { Name = "不予准许" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "决定书文号" });
        await Expect(refusal).ToContainTextAsync("不能撤回");
        await refusal.GetByLabel("理由（事实和依据的条款）").FillAsync("申请材料不齐全且未按要求补正");
        await refusal.GetByLabel("决定书文号").FillAsync("万民社不受字〔2026〕3号");
        await refusal.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(refusal).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("不予准许");
        await page.GetByRole(AriaRole.Button, new() { Name = "打印决定书" }).ClickAsync();
        var notice = page.Locator("article.mz-print");
        await Expect(notice.GetByRole(AriaRole.Heading, new() { Name = "不予受理决定书" })).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("万民社不受字〔2026〕3号");
        await Expect(notice).ToContainTextAsync(name);
        await Expect(notice).ToContainTextAsync("六十日内");
        await Staff.LookAtAsync(page, "109-socialorg-refusal-notice");
    }

    /// <summary>名称核准申请 through its form, from the applications' list; waits for the application's page.</summary>
    private static async Task ApplyForNameAsync(IPage page, string type, string name, string applicant, string? documents)
    {
        await Staff.OpenMenuAsync(page, Module, "登记申请");
        await page.GetByRole(AriaRole.Button, new() { Name = "名称核准申请" }).ClickAsync();
        var form = page.Locator("main form");
        await Staff.ChooseAsync(form, "类型", type);
        await form.GetByLabel("拟定名称").FillAsync(name);
        await form.GetByLabel("申请人").FillAsync(applicant);
        await Staff.ChooseVillageAsync(page, "拟设住所所在村（居）");
        if (documents is not null) await form.GetByLabel("已交材料（每行一份，如“章程×2”）").FillAsync(documents);
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
    }

    /// <summary>受理, 审查 and 准予 on the application's page.</summary>
    private static async Task DecideAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        var accept = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "受理说明" });
        await accept.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(accept).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待审查");
        await page.GetByRole(AriaRole.Button, new() { Name = "审查", Exact = true }).ClickAsync();
        var review = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "审查意见" });
        await review.GetByLabel("审查意见").FillAsync("材料齐全，符合条件");
        await review.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(review).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待决定");
        await page.GetByRole(AriaRole.Button, new() { Name = "准予", Exact = true }).ClickAsync();
        var decision = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "决定理由" });
        await Expect(decision).ToContainTextAsync("不能撤回");
        await decision.GetByLabel("决定理由").FillAsync("准予");
        await decision.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(decision).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已准予");
    }

    [Fact]
    public async Task The_dashboard_shows_the_register_and_an_eligible_organisation_s_evaluation_is_scored_and_published()
    {
        var page = await Staff.SignedInAsync(system);
        var year = DateTime.UtcNow.AddHours(8).Year;
        const string Evaluated = "万盛经开区乐龄志愿者协会";

        // Set up through the API: registered four years ago, last year's report received — eligible; the round opened.
        var code = SyntheticIds.NextCreditCode('1');
        var organisation = await Staff.CallAsync(page, "POST", "/api/socialorg/organisations", new
        {
            type = "social-group", name = Evaluated, creditCode = code, legalRepresentativeName = "评估甲", legalRepresentativeIdNumber = SyntheticIds.NextIdNumber(),
            businessScope = "组织志愿服务", supervisingUnit = "万盛经开区民政局", activityFunds = 3, address = "万盛经开区万新路 20 号",
            divisionCode = "500110004001", registeredOn = $"{year - 4}-03-01",
        }, 201);
        await Staff.CallAsync(page, "POST", "/api/socialorg/inspections",
            new { creditCode = code, year = year - 1, income = 1000, spending = 900, staffCount = 2, partyOrganisation = true }, 201);
        var round = await Staff.CallAsync(page, "POST", "/api/socialorg/evaluation-rounds", new { year }, 201);
        await Staff.CallAsync(page, "POST", $"/api/socialorg/evaluation-rounds/{round.GetProperty("id").GetString()}/organisations/{organisation.GetProperty("id").GetString()}/apply",
            null, 201);

        // 1. The dashboard: the register, the lists, row 7 against the plan.
        await Staff.OpenMenuAsync(page, Module, "社会组织概览");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "社会组织概览" })).ToBeVisibleAsync();
        await Expect(page.Locator("#main")).ToContainTextAsync("在册社会组织");
        await Expect(page.Locator("#main")).ToContainTextAsync("社会工作专业人才");
        await Staff.LookAtAsync(page, "106-socialorg-dashboard");

        // 2. The evaluation: scored in the dialog, then published after confirmation.
        await Staff.OpenMenuAsync(page, Module, "等级评估");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Evaluated });
        await Expect(row).ToContainTextAsync("已申报");
        await row.GetByRole(AriaRole.Link, new() { Name = Evaluated }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已申报");
        await page.GetByRole(AriaRole.Button, new() { Name = "评分" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "基础条件" });
        await dialog.GetByLabel("基础条件（满分60）").FillAsync("55");
        await dialog.GetByLabel("内部治理（满分370）").FillAsync("340");
        await dialog.GetByLabel("工作绩效（满分420）").FillAsync("400");
        await dialog.GetByLabel("社会评价（满分150）").FillAsync("140");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已评分");
        await Expect(Staff.Shown(page, "总分")).ToHaveTextAsync("935");
        await Expect(Staff.Shown(page, "评估等级")).ToHaveTextAsync("5A");
        await Staff.LookAtAsync(page, "107-socialorg-evaluation-scored");

        await page.GetByRole(AriaRole.Button, new() { Name = "公示" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "公示后评分不能再修改" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("公示中");
        await Expect(Staff.Shown(page, "公示日期")).ToHaveTextAsync(Staff.TodayShown);
        await Staff.LookAtAsync(page, "108-socialorg-evaluation-published");
    }
}
