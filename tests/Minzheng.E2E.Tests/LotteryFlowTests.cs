using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>
/// 福利彩票's first slice in a real browser (issue 17): 设立申请 of sales outlets with coordinates, answered with the
/// siting check (the breach and the nearest school shown, in metres); the approval of a site 150 m from a school refused
/// with the rule named, so the application is refused instead; one 320 m away approved and open; both on the list. And the
/// 公益金: a project allocated and disbursed, last year's disclosure drafted and published. And the supervision's main flow:
/// an open outlet inspected, a finding citing a checklist clause, its operator penalised within the configured range, on
/// the violations list. And 销量导入: a month's file with a refused row, the month sent again replacing a figure, the report.
/// And 迁址: the open outlet's move applied from its page, the check at the new point shown, approved, the new address shown.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LotteryFlowTests(RunningSystem system)
{
    private const string Module = "福利彩票";
    private const string School = "万盛经开区万新路小学";

    /// <summary>Fills the application form for a 专营 outlet at <paramref name="latitude"/> (on the school's meridian) and sends it.</summary>
    private static async Task ApplyAsync(IPage page, string name, string operatorName, string latitude)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "销售网点设立申请" })).ToBeVisibleAsync();
        var form = page.Locator("main form");
        await form.GetByLabel("网点名称").FillAsync(name);
        await Staff.ChooseAsync(form, "类型", "专营");
        await form.GetByLabel("业主姓名或单位名称").FillAsync(operatorName);
        await form.GetByLabel("业主身份证号码（个人）").FillAsync(SyntheticIds.NextIdNumber());
        await form.GetByLabel("地址", new() { Exact = true }).FillAsync("万盛经开区万新路 26 号");
        await Staff.ChooseVillageAsync(page, "所在村（居）");
        await form.GetByLabel("纬度").FillAsync(latitude);
        await form.GetByLabel("经度").FillAsync("106.92");
        await form.GetByLabel("经营场所（面积、自有或租赁）").FillAsync("临街门面 30 平方米，租赁");
        await form.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_outlet_application_is_shown_its_siting_check_and_one_too_close_to_a_school_cannot_be_approved_while_one_far_enough_opens()
    {
        var page = await Staff.SignedInAsync(system);
        // The schools the rule measures from: added through the API here (the schools page is not this flow).
        await Staff.CallAsync(page, "POST", "/api/lottery/schools", new { name = School, divisionCode = "500110004001", latitude = 28.96, longitude = 106.92 }, 201);

        // 1. An application 150 m north of the school, from the list's 受理设立申请: the check is shown on its page.
        const string near = "中国福利彩票50011000101号投注站";
        await Staff.OpenMenuAsync(page, Module, "销售网点");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "销售网点", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理设立申请" }).ClickAsync();
        await ApplyAsync(page, near, "彩票甲", "28.961349");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("申请中");
        await Expect(Staff.Shown(page, "类型")).ToHaveTextAsync("专营");
        await Expect(Staff.Shown(page, "纬度")).ToHaveTextAsync("28.961349");
        await Expect(Staff.Shown(page, "经度")).ToHaveTextAsync("106.92");
        await Expect(Staff.Shown(page, "符合选址规定")).ToHaveTextAsync("否");
        await Expect(Staff.Shown(page, "不符合的规定")).ToHaveTextAsync($"距学校“{School}”150米，不足200米");
        await Expect(Staff.Shown(page, "最近的学校和专营店")).ToHaveTextAsync($"学校“{School}”150米（过近）");
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync($"选址核查未通过：距学校“{School}”150米，不足200米");
        await Staff.LookAtAsync(page, "110-lottery-siting-fails");

        // The approval checks the site again and is refused, naming the rule and the distance.
        await page.GetByRole(AriaRole.Button, new() { Name = "批准设立" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "批准前系统将重新核查选址。" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "批准设立失败" });
        await Expect(refusal).ToContainTextAsync($"选址不符合规定：距学校“{School}”150米，不足200米。");
        await Staff.LookAtAsync(page, "111-lottery-approval-refused");
        await refusal.GetByRole(AriaRole.Button, new() { Name = "知道了" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("申请中");

        // So the district refuses it, with the reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "不予设立" }).ClickAsync();
        var refuse = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "原因" });
        await refuse.GetByLabel("原因").FillAsync("距万新路小学不足200米，不符合选址规定。");
        await refuse.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(refuse).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("不予设立");
        await Expect(Staff.Shown(page, "不予设立或关闭原因")).ToHaveTextAsync("距万新路小学不足200米，不符合选址规定。");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "批准设立" })).ToHaveCountAsync(0);

        // 2. An application 320 m from the school, from the menu: it passes, and the district approves it.
        const string far = "中国福利彩票50011000102号投注站";
        await Staff.OpenMenuAsync(page, Module, "设立申请");
        await ApplyAsync(page, far, "彩票乙", "28.962878");
        await Expect(Staff.Shown(page, "符合选址规定")).ToHaveTextAsync("是");
        await Expect(Staff.Shown(page, "最近的学校和专营店")).ToHaveTextAsync($"学校“{School}”320米");
        await page.GetByRole(AriaRole.Button, new() { Name = "批准设立" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "批准前系统将重新核查选址。" }).GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("营业中");
        await Expect(Staff.Shown(page, "设立日期")).ToHaveTextAsync(Staff.TodayShown);
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("批准设立");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "关闭网点" })).ToBeVisibleAsync();
        await Staff.LookAtAsync(page, "112-lottery-outlet-open");

        // 3. Both on the list, each in its state.
        await Staff.OpenMenuAsync(page, Module, "销售网点");
        var refused = page.GetByRole(AriaRole.Row).Filter(new() { HasText = near });
        await Expect(refused).ToContainTextAsync("彩票甲");
        await Expect(refused).ToContainTextAsync("万盛街道 万新路社区居民委员会");
        await Expect(refused).ToContainTextAsync("不予设立");
        var open = page.GetByRole(AriaRole.Row).Filter(new() { HasText = far });
        await Expect(open).ToContainTextAsync("专营");
        await Expect(open).ToContainTextAsync("营业中");
        await Expect(open).ToContainTextAsync(Staff.TodayShown);
        await Staff.LookAtAsync(page, "113-lottery-outlets");

        // 4. The open outlet moves 290 m further north (申请迁址 on its page): the move's page shows the check at the new
        // point (the outlet's own place not counted), the district approves it after the confirmation, and the outlet's
        // page shows the new address, the move and the history's 迁址 before → after.
        const string newAddress = "万盛经开区万新路 88 号";
        await open.GetByRole(AriaRole.Link, new() { Name = far }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = far })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "申请迁址" }).ClickAsync();
        var move = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "迁址原因" });
        await move.GetByLabel("新地址").FillAsync(newAddress);
        await Staff.ChooseVillageAsync(page, "新址所在村（居）");
        await move.GetByLabel("新址纬度").FillAsync("28.9655");
        await move.GetByLabel("新址经度").FillAsync("106.92");
        await move.GetByLabel("新经营场所（面积、自有或租赁）").FillAsync("临街门面 45 平方米，租赁");
        await move.GetByLabel("迁址原因").FillAsync("原址房屋租约到期");
        await move.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(move).ToBeHiddenAsync();
        var moves = page.GetByRole(AriaRole.Region, new() { Name = "迁址申请" });
        await Expect(moves.GetByRole(AriaRole.Row).Filter(new() { HasText = newAddress })).ToContainTextAsync("申请中");
        await moves.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{far} 迁址申请" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("申请中");
        await Expect(Staff.Shown(page, "原地址")).ToHaveTextAsync("万盛经开区万新路 26 号");
        await Expect(Staff.Shown(page, "新地址")).ToHaveTextAsync(newAddress);
        await Expect(Staff.Shown(page, "新址符合选址规定")).ToHaveTextAsync("是");
        await Expect(Staff.Shown(page, "新址最近的学校和专营店")).ToContainTextAsync($"学校“{School}”612米");
        await Staff.LookAtAsync(page, "120-lottery-move-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "批准迁址" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "批准前系统将重新核查新址的选址" }).GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已迁址");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "批准迁址" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看网点" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = far })).ToBeVisibleAsync();
        await Expect(Staff.Shown(page, "地址")).ToHaveTextAsync(newAddress);
        await Expect(Staff.Shown(page, "纬度")).ToHaveTextAsync("28.9655");
        await Expect(Staff.Shown(page, "经营场所")).ToHaveTextAsync("临街门面 45 平方米，租赁");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "迁址申请" }).GetByRole(AriaRole.Row).Filter(new() { HasText = newAddress })).ToContainTextAsync("已迁址");
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("万新路社区居民委员会，28.962878, 106.920000；临街门面 30 平方米，租赁） → 万盛经开区万新路 88 号（");
        await Staff.LookAtAsync(page, "121-lottery-outlet-moved");
    }

    // The smallest PNG there is: the signature and a 1×1 image.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// The 公益金 main flow: a project registered from its list, money allocated to it and disbursed (the balances shown),
    /// its funding-mark photo uploaded (checked by content) and listed,
    /// then last year's disclosure drafted from the ledger, published after the confirmation, printable, and on the public page.
    /// </summary>
    [Fact]
    public async Task A_project_is_allocated_and_disbursed_and_last_years_disclosure_is_drafted_published_and_public()
    {
        var page = await Staff.SignedInAsync(system);
        var lastYear = DateTime.UtcNow.AddHours(8).Year - 1;
        // The money comes in through the API (the receipt form is a plain form like the project's below).
        await Staff.CallAsync(page, "POST", "/api/lottery/fund/receipts", new { source = "allocated", amount = 50000, receivedOn = $"{lastYear}-03-01", note = "上级下达（测试）" }, 201);

        const string project = "万盛街道互助养老服务点运营（测试）";
        await Staff.OpenMenuAsync(page, Module, "资助项目");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记项目" }).ClickAsync();
        var form = page.Locator("main form");
        await form.GetByLabel("项目名称").FillAsync(project);
        await form.GetByLabel("承接单位").FillAsync("万盛街道社会事务办公室");
        await form.GetByLabel("资助用途").FillAsync("互助养老服务点的日常运营");
        await form.GetByLabel("项目年度").FillAsync($"{lastYear}");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = project })).ToBeVisibleAsync();

        await MoveAsync(page, "拨付", "30000", $"{lastYear}-04-01");
        await Expect(Staff.Shown(page, "项目余额")).ToHaveTextAsync("¥30,000.00");
        await MoveAsync(page, "支出", "10000", $"{lastYear}-05-01");
        await Expect(Staff.Shown(page, "项目余额")).ToHaveTextAsync("¥20,000.00");
        await Expect(Staff.Shown(page, "累计支出")).ToHaveTextAsync("¥10,000.00");
        await Staff.LookAtAsync(page, "114-lottery-fund-project");

        // The funding-mark photo: a file that is not a picture is refused on the field, a PNG is listed on the project's page and opens.
        await page.GetByRole(AriaRole.Button, new() { Name = "上传公益金标识照片" }).ClickAsync();
        var upload = page.Locator("main form");
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "标识.png", MimeType = "image/png", Buffer = "<html></html>"u8.ToArray() });
        await upload.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(Staff.FormItem(upload, "照片（JPEG或PNG）")).ToContainTextAsync("照片应为JPEG、PNG文件");
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "标识.png", MimeType = "image/png", Buffer = Png });
        await upload.GetByLabel("说明（标识展示的位置）").FillAsync("服务点大门左侧");
        await upload.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        var photos = page.GetByRole(AriaRole.Region, new() { Name = "公益金标识照片" });
        await Expect(photos.GetByRole(AriaRole.Row).Filter(new() { HasText = "服务点大门左侧" })).ToContainTextAsync("标识.png");
        var href = await photos.GetByRole(AriaRole.Link, new() { Name = "查看文件" }).GetAttributeAsync("href");
        var served = await page.APIRequest.GetAsync(href!);
        Assert.Equal("image/png", served.Headers["content-type"]);

        await Staff.OpenMenuAsync(page, Module, "公益金公告");
        await page.GetByRole(AriaRole.Button, new() { Name = "编制年度公告" }).ClickAsync();
        await page.Locator("main form").GetByLabel("年度").FillAsync($"{lastYear}");
        await page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "从台账生成草稿" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("草稿");
        await Expect(Staff.Shown(page, "筹集")).ToHaveTextAsync("¥50,000.00");
        await Expect(Staff.Shown(page, "使用")).ToHaveTextAsync("¥10,000.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "审核发布" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "发布后公告向社会公开" }).GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已公告");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "审核发布" })).ToHaveCountAsync(0);
        await Staff.LookAtAsync(page, "115-lottery-disclosure-published");

        await page.GetByRole(AriaRole.Button, new() { Name = "打印" }).ClickAsync();
        await Expect(page.Locator("article")).ToContainTextAsync(project);
        await Staff.LookAtAsync(page, "116-lottery-disclosure-print");

        await page.GotoAsync($"/api/lottery/public/{RunningSystem.District}/fund-disclosures/page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "福利彩票公益金使用情况公告", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("向社会公告");
        await Expect(page.Locator("body")).ToContainTextAsync(project);
        await Staff.LookAtAsync(page, "117-lottery-disclosure-public");
    }

    /// <summary>Posts an allocation or a disbursement from the project's page: the action's dialog with its warning, amount and date.</summary>
    private static async Task MoveAsync(IPage page, string action, string amount, string date)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "登记后不能修改，只能冲销。" });
        await dialog.GetByLabel("金额（元）").FillAsync(amount);
        await Staff.EnterDateAsync(dialog, "日期", date);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_open_outlet_is_inspected_with_a_finding_citing_a_clause_and_its_operator_penalised_within_the_configured_range()
    {
        var page = await Staff.SignedInAsync(system);
        // An open 兼营 outlet, 3 km from any school of the other test, set up through the API.
        var applied = await Staff.CallAsync(page, "POST", "/api/lottery/outlets", new
        {
            name = "中国福利彩票50011000201号投注站", kind = "shared", operatorName = "彩票丙", operatorIdNumber = SyntheticIds.NextIdNumber(), address = "万盛经开区万新路 88 号",
            divisionCode = "500110004001", latitude = 28.99, longitude = 106.92, premises = "便利店内专柜",
        }, 201);
        var id = applied.GetProperty("id").GetString();
        await Staff.CallAsync(page, "POST", $"/api/lottery/outlets/{id}/approve/{applied.GetProperty("version").GetInt32()}");

        // 1. 检查 from the outlet's page: the day and the inspectors.
        await page.GotoAsync($"/m/lottery/outlet/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("营业中");
        await page.GetByRole(AriaRole.Button, new() { Name = "检查", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "检查销售网点" })).ToBeVisibleAsync();
        var form = page.Locator("main form");
        await Staff.EnterDateAsync(form, "检查日期", Staff.Today);
        await form.GetByLabel("检查人员").FillAsync("张检、王查");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记检查" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("未发现问题");

        // 2. The clauses are the configured checklist, loaded into the dialog; none chosen is refused, 未成年人 is recorded with the deadline.
        await page.GetByRole(AriaRole.Button, new() { Name = "记录问题" }).ClickAsync();
        var finding = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "违反的条款" });
        await finding.GetByLabel("问题情况").FillAsync("向一名中学生出售即开型彩票");
        await Staff.EnterDateAsync(finding, "整改期限", DateTime.UtcNow.AddHours(8).AddDays(15).ToString("yyyy-MM-dd"));
        await finding.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(Staff.FormItem(finding, "违反的条款")).ToContainTextAsync("请填写违反的条款");
        await Staff.ChooseAsync(finding, "违反的条款", "不得向未成年人销售彩票和兑奖");
        await finding.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(finding).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待整改");
        var findings = page.GetByRole(AriaRole.Region, new() { Name = "发现的问题" });
        await Expect(findings.GetByRole(AriaRole.Row).Filter(new() { HasText = "不得向未成年人销售彩票和兑奖" })).ToContainTextAsync("向一名中学生出售即开型彩票待复查");
        await Staff.LookAtAsync(page, "114-lottery-inspection-finding");

        // 3. 作出处罚: below the range refused naming it, then 5,000 元 decided.
        await page.GetByRole(AriaRole.Button, new() { Name = "作出处罚" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "作出处罚决定" })).ToBeVisibleAsync();
        var decision = page.Locator("main form");
        await decision.GetByLabel("罚款金额（元）").FillAsync("1000");
        await decision.GetByLabel("处罚决定书文号").FillAsync("万民彩罚〔2026〕E2E号");
        await Staff.EnterDateAsync(decision, "决定日期", Staff.Today);
        await decision.GetByLabel("处罚理由（违法事实和依据）").FillAsync("向未成年人销售彩票，违反《彩票管理条例》第十八条。");
        await decision.GetByRole(AriaRole.Button, new() { Name = "作出处罚" }).ClickAsync();
        await Expect(decision).ToContainTextAsync("罚款金额须在2,000元至10,000元之间（处罚幅度规定）");
        await decision.GetByLabel("罚款金额（元）").FillAsync("5000");
        await decision.GetByRole(AriaRole.Button, new() { Name = "作出处罚" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "处罚决定 万民彩罚〔2026〕E2E号" })).ToBeVisibleAsync();
        await Expect(Staff.Shown(page, "当事人（业主）")).ToHaveTextAsync("彩票丙");
        await Expect(Staff.Shown(page, "罚款金额（元）")).ToContainTextAsync("5,000");
        await Staff.LookAtAsync(page, "115-lottery-penalty");

        // 4. The operator is on the violations list.
        await Staff.OpenMenuAsync(page, Module, "违规名单");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "万民彩罚〔2026〕E2E号" })).ToContainTextAsync("彩票丙");
        await Staff.LookAtAsync(page, "116-lottery-violations");

        // 5. The outlet's page lists what the bureau supervises there: the inspection and the penalty, each opening its page.
        await page.GotoAsync($"/m/lottery/outlet/{id}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "检查记录" }).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("待整改");
        var penalties = page.GetByRole(AriaRole.Region, new() { Name = "处罚" });
        await Expect(penalties.GetByRole(AriaRole.Row).Filter(new() { HasText = "万民彩罚〔2026〕E2E号" })).ToContainTextAsync("¥5,000.00");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "代销合同" })).ToContainTextAsync("尚未签订代销合同");
        await penalties.GetByRole(AriaRole.Link, new() { Name = "万民彩罚〔2026〕E2E号" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "处罚决定 万民彩罚〔2026〕E2E号" })).ToBeVisibleAsync();

        // 6. The home page's link to overdue corrections opens the list searched so: this correction is not due yet.
        const string outlet = "中国福利彩票50011000201号投注站";
        await page.GotoAsync("/m/lottery/inspections?overdue=true");
        var search = page.GetByRole(AriaRole.Search);
        await Expect(search.GetByRole(AriaRole.Switch, new() { Name = "仅显示逾期未复查的" })).ToBeCheckedAsync();
        await Expect(page.Locator(".ant-table")).ToContainTextAsync("暂无数据");
        await search.GetByRole(AriaRole.Button, new() { Name = "重置" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = outlet })).ToContainTextAsync("待整改");

        // 7. The decision set aside on review (撤销), after the warning: its page and its reprint say so.
        await Staff.OpenMenuAsync(page, Module, "违规名单");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "万民彩罚〔2026〕E2E号" }).GetByRole(AriaRole.Link, new() { Name = "彩票丙" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "撤销处罚决定" }).ClickAsync();
        var withdraw = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "撤销后该处罚不再计入违规名单" });
        await withdraw.GetByLabel("撤销理由（如行政复议决定书文号）").FillAsync("渝民复决〔2026〕E2E号行政复议决定撤销");
        await withdraw.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(withdraw).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已撤销");
        await Expect(Staff.Shown(page, "撤销理由")).ToHaveTextAsync("渝民复决〔2026〕E2E号行政复议决定撤销");
        await page.GetByRole(AriaRole.Button, new() { Name = "打印决定书" }).ClickAsync();
        await Expect(page.Locator("article.mz-print")).ToContainTextAsync($"本决定已于{Staff.TodayShown}撤销，不再执行。撤销理由：渝民复决〔2026〕E2E号行政复议决定撤销");
        await Staff.LookAtAsync(page, "119-lottery-penalty-withdrawn-print");
    }

    private static FilePayload SalesFile(string name, params string[][] rows) => new()
    {
        Name = name, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = TestWorkbooks.Xlsx([["月份", "网点编号", "游戏类别", "销售额（元）"], .. rows]),
    };

    /// <summary>
    /// 销量导入: the sales centre's file for this month uploaded from the imports list, its outcome shown with the refused
    /// row's reason; the same month sent again with one figure changed, the replaced figure shown with its difference; the
    /// report by outlet showing the figures kept.
    /// </summary>
    [Fact]
    public async Task A_months_sales_file_is_imported_with_a_refused_row_and_a_resent_month_replaces_a_figure_with_its_difference_shown()
    {
        var page = await Staff.SignedInAsync(system);
        // An open outlet with its 网点编号, set up through the API, 5 km from the other tests' outlets and schools.
        const string outlet = "中国福利彩票50011000301号投注站";
        const string station = "50011000301";
        var applied = await Staff.CallAsync(page, "POST", "/api/lottery/outlets", new
        {
            name = outlet, kind = "dedicated", operatorName = "彩票丁", operatorIdNumber = SyntheticIds.NextIdNumber(), address = "万盛经开区万新路 99 号",
            divisionCode = "500110004001", latitude = 29.01, longitude = 106.92, premises = "临街门面 25 平方米，自有", stationNumber = station,
        }, 201);
        await Staff.CallAsync(page, "POST", $"/api/lottery/outlets/{applied.GetProperty("id").GetString()}/approve/{applied.GetProperty("version").GetInt32()}");
        // The outlet opened today: this month is the first it can report.
        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM");

        // 1. The file from the imports list: two figures in, a row of an unknown outlet refused with its reason.
        await Staff.OpenMenuAsync(page, Module, "销量导入");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "销量导入", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "导入销量" }).ClickAsync();
        var form = page.Locator("main form");
        await form.Locator("input[type=file]").SetInputFilesAsync(SalesFile("销量.xlsx",
            [month, station, "双色球", "12345.60"], [month, station, "快乐8", "8000"], [month, "99999999999", "双色球", "100"]));
        await form.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "销量导入结果" })).ToBeVisibleAsync();
        await Expect(Staff.Shown(page, "结果")).ToHaveTextAsync("共3行：新增2条（20,345.60元），替换0条，差额0.00元，未变化0条，有误未导入1条");
        await Expect(Staff.Shown(page, "文件")).ToHaveTextAsync("销量.xlsx");
        await Staff.LookAtAsync(page, "117-lottery-sales-imported");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看有误的行" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "没有编号为 99999999999 的销售网点" })).ToContainTextAsync("4");

        // 2. The month sent again, one figure corrected: it replaces the kept one, the other is unchanged.
        await Staff.OpenMenuAsync(page, Module, "销量导入");
        await page.GetByRole(AriaRole.Button, new() { Name = "导入销量" }).ClickAsync();
        form = page.Locator("main form");
        await form.Locator("input[type=file]").SetInputFilesAsync(SalesFile("销量（重报）.xlsx", [month, station, "双色球", "12000"], [month, station, "快乐8", "8000"]));
        await form.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();
        await Expect(Staff.Shown(page, "结果")).ToHaveTextAsync("共2行：新增0条（0.00元），替换1条，差额−345.60元，未变化1条，有误未导入0条");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看替换的数据" }).ClickAsync();
        var replaced = page.GetByRole(AriaRole.Row).Filter(new() { HasText = station });
        await Expect(replaced).ToContainTextAsync("双色球");
        await Expect(replaced).ToContainTextAsync("¥12,345.60");
        await Expect(replaced).ToContainTextAsync("¥12,000.00");
        await Expect(replaced).ToContainTextAsync("-¥345.60");
        await Staff.LookAtAsync(page, "118-lottery-sales-replaced");

        // 3. The report by outlet holds the figures kept: 12,000 + 8,000.
        await Staff.OpenMenuAsync(page, Module, "销量统计");
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("统计方式").ClickAsync();
        await page.Locator(".ant-select-item-option[title='按网点']").ClickAsync();
        await search.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = outlet })).ToContainTextAsync("¥20,000.00");
    }
}
