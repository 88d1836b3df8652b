using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>分支机构登记证书: numbered from the organisations' sequence, never reused, voided with the branch or its organisation.</summary>
public sealed class BranchCertificateTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private HttpClient Officer => host.Client(WorkflowApi.Officer);

    private static long Sequence(JsonElement certificate) => long.Parse(certificate.Text("number")[6..], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> BranchRowAsync(string organisationId, string branchId)
    {
        var branches = await (await Officer.GetAsync($"/api/socialorg/branches?organisationId={organisationId}")).JsonAsync();
        return branches.GetProperty("items").EnumerateArray().Single(b => b.Id() == branchId);
    }

    private async Task<JsonElement> CertificateAsync(string id) => await (await Officer.GetAsync($"/api/socialorg/certificates/{id}")).JsonAsync();

    [Fact]
    public async Task An_approved_branch_gets_its_certificate_from_the_organisations_sequence_and_a_voided_number_is_never_given_again()
    {
        var officer = Officer;
        var foundation = await officer.EstablishedAsync("foundation");
        var organisationId = foundation.Text("organisationId");
        var own = await CertificateAsync(foundation.Text("certificateId"));

        var approved = await officer.ApprovedBranchAsync(organisationId);
        var row = await BranchRowAsync(organisationId, approved.Text("branchId"));
        var certificate = await CertificateAsync(row.Text("certificateId"));
        Assert.Equal(approved.Text("certificateId"), certificate.Id());
        Assert.Equal(row.Text("certificateNumber"), certificate.Text("number"));
        Assert.Equal(approved.Text("branchId"), certificate.Text("branchId"));
        Assert.Equal("第一分会", certificate.Text("name"));
        Assert.Equal("负责人甲", certificate.Text("legalRepresentativeName"));
        Assert.Equal(own.Text("creditCode"), certificate.Text("creditCode"));
        Assert.StartsWith("500110", certificate.Text("number"));
        Assert.True(Sequence(certificate) > Sequence(own));
        // The organisations' list keeps to theirs.
        var list = await (await officer.GetAsync($"/api/socialorg/certificates?organisationId={organisationId}")).JsonAsync();
        Assert.Equal(own.Id(), Assert.Single(list.GetProperty("items").EnumerateArray()).Id());

        var ended = await officer.ApproveAsync(await (await officer.PostAsJsonAsync($"/api/socialorg/branches/{approved.Text("branchId")}/deregistration-applications", new
        {
            reason = "撤销该分支", applicantName = "甲", documents = "分支机构注销申请书\n理事会决议",
        })).JsonAsync(HttpStatusCode.Created));
        Assert.Equal("approved", ended.Text("status"));
        var voided = await CertificateAsync(certificate.Id());
        Assert.Equal("voided", voided.Text("status"));
        Assert.Contains("分支机构注销", voided.Text("voidReason"));
        Assert.Equal(JsonValueKind.Null, (await BranchRowAsync(organisationId, approved.Text("branchId"))).GetProperty("certificateId").ValueKind);
        // The organisation's own certificate stays valid.
        Assert.Equal("valid", (await CertificateAsync(own.Id())).Text("status"));

        var second = await officer.ApprovedBranchAsync(organisationId, "第二分会");
        var next = await CertificateAsync(second.Text("certificateId"));
        Assert.NotEqual(certificate.Text("number"), next.Text("number"));
        Assert.True(Sequence(next) > Sequence(certificate));
    }

    [Fact]
    public async Task A_change_of_the_organisation_reissues_its_own_certificate_only()
    {
        var officer = Officer;
        var foundation = await officer.EstablishedAsync("foundation");
        var organisationId = foundation.Text("organisationId");
        var branch = await officer.ApprovedBranchAsync(organisationId);
        var change = await (await officer.ApplyChangeAsync(organisationId, new
        {
            item = "business-scope", businessScope = "开展助学和助老活动", reason = "扩大业务", applicantName = "法人甲",
            documents = "变更登记申请书\n会员（代表）大会或理事会决议\n变更事项证明",
        })).JsonAsync(HttpStatusCode.Created);
        await officer.ApproveAsync(change);
        Assert.Equal("voided", (await CertificateAsync(foundation.Text("certificateId"))).Text("status"));
        Assert.Equal("valid", (await CertificateAsync(branch.Text("certificateId"))).Text("status"));
    }

    [Fact]
    public async Task Deregistering_the_organisation_voids_its_branches_certificates_and_ends_its_branches()
    {
        var officer = Officer;
        var foundation = await officer.EstablishedAsync("foundation");
        var organisationId = foundation.Text("organisationId");
        var branch = await officer.ApprovedBranchAsync(organisationId);
        await officer.ApproveAsync(await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/deregistration-applications", new
        {
            reason = "完成宗旨，自行解散", applicantName = "法人甲", documents = "注销登记申请书\n清算报告\n登记证书正本、副本",
        })).JsonAsync(HttpStatusCode.Created));

        var certificate = await CertificateAsync(branch.Text("certificateId"));
        Assert.Equal("voided", certificate.Text("status"));
        var row = await BranchRowAsync(organisationId, branch.Text("branchId"));
        Assert.Equal("deregistered", row.Text("status"));
        Assert.Equal("2026-06-01", row.Text("deregisteredOn"));
    }

    [Fact]
    public async Task Revocation_and_a_direct_deregistration_void_the_certificates_too()
    {
        var officer = Officer;
        var revoked = await officer.EstablishedAsync("foundation");
        var branch = await officer.ApprovedBranchAsync(revoked.Text("organisationId"));
        await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{revoked.Text("organisationId")}/penalties", new
        {
            kind = "revocation", facts = "弄虚作假骗取登记", decisionNumber = "测民罚〔2026〕9号", decidedOn = "2026-06-01",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("voided", (await CertificateAsync(revoked.Text("certificateId"))).Text("status"));
        Assert.Contains("撤销登记", (await CertificateAsync(branch.Text("certificateId"))).Text("voidReason"));

        var ended = await officer.EstablishedAsync();
        var organisation = await (await officer.GetAsync($"/api/socialorg/organisations/{ended.Text("organisationId")}")).JsonAsync();
        await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisation.Id()}/deregister/{organisation.Version()}", new { reason = "自行解散" })).JsonAsync();
        Assert.Equal("voided", (await CertificateAsync(ended.Text("certificateId"))).Text("status"));
    }
}
