using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The staff and calls the registration workflows' tests repeat.</summary>
internal static class WorkflowApi
{
    /// <summary>The registration authority's officer: every step.</summary>
    public static readonly TestStaff Officer = TestStaff.District(TestDistricts.First, [.. SocialOrgPermissions.All]) with { Name = "登记科" };

    /// <summary>A town clerk of 万盛 with every permission: may receive and accept, never review or decide.</summary>
    public static readonly TestStaff TownClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, [.. SocialOrgPermissions.All]);

    /// <summary>The administrative name the test district's names start with (its name: no prefix configured).</summary>
    public const string Prefix = "测试区 district-a";

    public const string NameDocuments = "名称核准申请书\n发起人（举办者）身份证明";

    private static int _counter;

    /// <summary>A new name of the district ending with <paramref name="suffix"/>.</summary>
    public static string NextName(string suffix = "协会") => $"{Prefix}万盛{Interlocked.Increment(ref _counter)}号{Guid.NewGuid().ToString("N")[..4]}{suffix}";

    public static Task<HttpResponseMessage> ApplyNameAsync(this HttpClient client, string name, string type = "social-group", string? documents = NameDocuments) =>
        client.PostAsJsonAsync("/api/socialorg/applications/name-approval", new
        {
            type, name, applicantName = "申请人甲", divisionCode = TestDistricts.VillageOfWansheng, documents,
        });

    /// <summary>受理, 审查 and 准予 by the officer; the approved application.</summary>
    public static async Task<JsonElement> ApproveAsync(this HttpClient officer, JsonElement application)
    {
        var id = application.Id();
        var accepted = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{id}/accept/{application.Version()}", new { reason = "材料齐全" })).JsonAsync();
        var reviewed = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{id}/review/{accepted.Version()}", new { reason = "符合条件" })).JsonAsync();
        return await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{id}/approve/{reviewed.Version()}", new { reason = "准予" })).JsonAsync();
    }

    /// <summary>An approved name approval of <paramref name="type"/>.</summary>
    public static async Task<JsonElement> ApprovedNameAsync(this HttpClient officer, string type = "social-service-agency", string? name = null) =>
        await officer.ApproveAsync(await (await officer.ApplyNameAsync(name ?? NextName(type switch
        {
            "social-service-agency" => "服务中心",
            "foundation" => "基金会",
            _ => "协会",
        }), type)).JsonAsync(HttpStatusCode.Created));

    public static Task<HttpResponseMessage> ApplyPreparationAsync(this HttpClient client, string nameApprovalId, int individual = 60, int unit = 0) =>
        client.PostAsJsonAsync($"/api/socialorg/applications/{nameApprovalId}/preparation", new
        {
            founders = "发起人甲、发起人乙", individualMembers = individual, unitMembers = unit, funds = 5, applicantName = "发起人甲",
            documents = "筹备申请书\n业务主管单位批准文件\n章程草案\n验资报告\n发起人和拟任负责人基本情况",
        });

    public static Task<HttpResponseMessage> ApplyEstablishmentAsync(this HttpClient client, string nameApprovalId, string creditCode) =>
        client.PostAsJsonAsync($"/api/socialorg/applications/{nameApprovalId}/establishment", new
        {
            creditCode, legalRepresentativeName = "法人甲", legalRepresentativeIdNumber = SyntheticIds.NextIdNumber(), businessScope = "开展社区公益服务",
            supervisingUnit = "区民政局", activityFunds = 10, address = "万盛街道测试路8号", divisionCode = TestDistricts.VillageOfWansheng, applicantName = "法人甲",
            documents = "登记申请书\n章程\n验资报告\n住所使用证明\n法定代表人身份证明",
        });

    /// <summary>A 社会服务机构 established by application: the approved establishment.</summary>
    public static async Task<JsonElement> EstablishedAsync(this HttpClient officer, string type = "social-service-agency")
    {
        var name = await officer.ApprovedNameAsync(type);
        var code = SocialOrgApi.NextCreditCode(type == "foundation" ? '3' : '2');
        return await officer.ApproveAsync(await (await officer.ApplyEstablishmentAsync(name.Id(), code)).JsonAsync(HttpStatusCode.Created));
    }

    /// <summary>A branch office's registration request (分支机构设立).</summary>
    public static object Branch(string name = "第一分会") => new
    {
        name, personInCharge = "负责人甲", businessScope = "开展助学活动", address = "万盛街道测试路9号", divisionCode = TestDistricts.VillageOfWansheng,
        applicantName = "甲", documents = "分支机构设立申请书\n理事会决议\n负责人身份证明\n住所使用证明",
    };

    /// <summary>A branch of <paramref name="organisationId"/> registered by the officer: the approved application.</summary>
    public static async Task<JsonElement> ApprovedBranchAsync(this HttpClient officer, string organisationId, string name = "第一分会") =>
        await officer.ApproveAsync(await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/branch-applications", Branch(name)))
            .JsonAsync(HttpStatusCode.Created));

    public static Task<HttpResponseMessage> ApplyChangeAsync(this HttpClient client, string organisationId, object change) =>
        client.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/change-applications", change);
}
