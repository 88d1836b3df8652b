using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>不予受理 / 不予登记决定书: printed for a refused application only, with its reasons, basis and the applicant's remedies.</summary>
public sealed class RefusalNoticeTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private HttpClient Officer => host.Client(WorkflowApi.Officer);

    private static Task<HttpResponseMessage> RejectAsync(HttpClient client, JsonElement application, string reason, string? decisionNumber = null) =>
        client.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/reject/{application.Version()}", new { reason, decisionNumber });

    [Fact]
    public async Task A_name_refused_before_acceptance_prints_a_notice_of_non_acceptance_with_its_number_reasons_and_remedies()
    {
        var officer = Officer;
        var name = WorkflowApi.NextName();
        var application = await (await officer.ApplyNameAsync(name)).JsonAsync(HttpStatusCode.Created);
        await (await RejectAsync(officer, application, "申请事项不属于本机关职权范围", "测民社不受字〔2026〕1号")).JsonAsync();

        var notice = await (await officer.GetAsync($"/api/socialorg/applications/{application.Id()}/refusal-notice")).JsonAsync();
        Assert.Equal("不予受理决定书", notice.Text("title"));
        Assert.Equal("测民社不受字〔2026〕1号", notice.Text("decisionNumber"));
        Assert.Equal("申请人甲", notice.Text("applicantName"));
        Assert.Equal($"名称核准（社会团体）：{name}", notice.Text("applied"));
        Assert.Equal("申请事项不属于本机关职权范围", notice.Text("reasons"));
        Assert.Contains("行政许可法》第三十二条", notice.Text("legalBasis"));
        Assert.Contains("《社会团体登记管理条例》", notice.Text("legalBasis"));
        Assert.Contains("六十日内", notice.Text("remedy"));
        Assert.Contains("六个月内", notice.Text("remedy"));
        Assert.EndsWith("民政局", notice.Text("authority"));
        Assert.Equal("2026-06-01", notice.Text("decidedOn"));
    }

    [Fact]
    public async Task A_change_refused_after_review_prints_the_refusal_of_the_change_with_before_and_after()
    {
        var officer = Officer;
        var established = await officer.EstablishedAsync();
        var change = await (await officer.ApplyChangeAsync(established.Text("organisationId"), new
        {
            item = "address", address = "万盛街道新址路2号", divisionCode = TestDistricts.VillageOfWansheng, reason = "迁址", applicantName = "法人甲",
            documents = "变更登记申请书\n会员（代表）大会或理事会决议\n变更事项证明",
        })).JsonAsync(HttpStatusCode.Created);
        var accepted = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{change.Id()}/accept/{change.Version()}", new { })).JsonAsync();
        var reviewed = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{change.Id()}/review/{accepted.Version()}", new { reason = "住所证明不实" })).JsonAsync();
        await (await RejectAsync(officer, reviewed, "新住所使用证明不真实")).JsonAsync();

        var notice = await (await officer.GetAsync($"/api/socialorg/applications/{change.Id()}/refusal-notice")).JsonAsync();
        Assert.Equal("不予变更登记决定书", notice.Text("title"));
        Assert.Equal("", notice.Text("decisionNumber"));
        Assert.Contains("住所由“万盛街道测试路8号”变更为“万盛街道新址路2号”", notice.Text("applied"));
        Assert.Contains("行政许可法》第三十八条", notice.Text("legalBasis"));
        Assert.Contains("《民办非企业单位登记管理暂行条例》", notice.Text("legalBasis"));
    }

    [Fact]
    public async Task An_application_not_refused_has_no_notice()
    {
        var officer = Officer;
        var pending = await (await officer.ApplyNameAsync(WorkflowApi.NextName())).JsonAsync(HttpStatusCode.Created);
        var problem = await (await officer.GetAsync($"/api/socialorg/applications/{pending.Id()}/refusal-notice")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Contains("待受理", problem.Text("detail"));

        var approved = await officer.ApprovedNameAsync();
        await (await officer.GetAsync($"/api/socialorg/applications/{approved.Id()}/refusal-notice")).JsonAsync(HttpStatusCode.NotFound);
        await (await officer.GetAsync($"/api/socialorg/applications/{Guid.NewGuid()}/refusal-notice")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_notice_out_of_scope_is_not_found_and_an_overlong_number_is_refused_on_its_field()
    {
        var officer = Officer;
        var application = await (await officer.ApplyNameAsync(WorkflowApi.NextName())).JsonAsync(HttpStatusCode.Created);
        var problem = await (await RejectAsync(officer, application, "名称不符合规定", new string('号', 101))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("decisionNumber"));
        await (await RejectAsync(officer, application, "名称不符合规定")).JsonAsync();

        var elsewhere = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin, [.. SocialOrgPermissions.All]);
        await (await host.Client(elsewhere).GetAsync($"/api/socialorg/applications/{application.Id()}/refusal-notice")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(ApplicationKind.NameApproval, "不予核准名称决定书")]
    [InlineData(ApplicationKind.Preparation, "不予批准筹备决定书")]
    [InlineData(ApplicationKind.Establishment, "不予成立登记决定书")]
    [InlineData(ApplicationKind.Change, "不予变更登记决定书")]
    [InlineData(ApplicationKind.Deregistration, "不予注销登记决定书")]
    [InlineData(ApplicationKind.Branch, "不予分支机构设立登记决定书")]
    [InlineData(ApplicationKind.BranchDeregistration, "不予分支机构注销登记决定书")]
    public void Every_workflow_has_its_refusal_and_a_refusal_before_acceptance_is_one_of_non_acceptance(ApplicationKind kind, string title)
    {
        Assert.Equal(title, RefusalNoticeRules.Title(kind, accepted: true));
        Assert.Equal("不予受理决定书", RefusalNoticeRules.Title(kind, accepted: false));
    }

    [Fact]
    public void The_basis_names_the_types_regulation_and_the_name_rules_for_a_name()
    {
        Assert.Equal("《中华人民共和国行政许可法》第三十八条、《基金会管理条例》", RefusalNoticeRules.LegalBasis(ApplicationKind.Establishment, OrganisationType.Foundation, true));
        Assert.Contains("《社会组织名称管理办法》", RefusalNoticeRules.LegalBasis(ApplicationKind.NameApproval, OrganisationType.SocialGroup, true));
        Assert.Contains("测试区人民政府申请行政复议", RefusalNoticeRules.Remedy("测试区"));
    }
}
