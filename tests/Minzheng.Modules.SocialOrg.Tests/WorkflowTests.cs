using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The registration workflows through the real host: each rule with its refusal, the register changed only by a decision.</summary>
public sealed class WorkflowTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private HttpClient Officer => host.Client(WorkflowApi.Officer);

    [Fact]
    public async Task A_name_approval_then_establishment_registers_the_organisation_publishes_it_and_issues_a_certificate()
    {
        var officer = Officer;
        var name = await officer.ApprovedNameAsync();
        Assert.Equal("approved", name.Text("status"));
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.Parse(name.Text("validUntil")));
        var code = SocialOrgApi.NextCreditCode('2');
        var established = await officer.ApproveAsync(await (await officer.ApplyEstablishmentAsync(name.Id(), code)).JsonAsync(HttpStatusCode.Created));
        Assert.Equal("approved", established.Text("status"));

        var organisation = await (await officer.GetAsync($"/api/socialorg/organisations/{established.Text("organisationId")}")).JsonAsync();
        Assert.Equal(name.Text("name"), organisation.Text("name"));
        Assert.Equal("registered", organisation.Text("status"));
        Assert.Contains(organisation.GetProperty("history").EnumerateArray(), s => s.Text("title") == "成立登记（依申请）");
        Assert.Single(await host.OutboxAsync("socialorg.registered"), e => e.GetProperty("creditCode").GetString() == code);

        var certificate = await (await officer.GetAsync($"/api/socialorg/certificates/{established.Text("certificateId")}")).JsonAsync();
        Assert.Equal("valid", certificate.Text("status"));
        Assert.StartsWith("500110", certificate.Text("number"));
        Assert.Equal(code, certificate.Text("creditCode"));

        // The approval is used up: a second establishment on it is refused.
        var again = await (await officer.ApplyEstablishmentAsync(name.Id(), SocialOrgApi.NextCreditCode('2'))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已用于", again.GetProperty("errors").GetProperty("nameApprovalId")[0].GetString());
    }

    [Fact]
    public async Task A_name_without_the_types_suffix_or_the_districts_prefix_is_refused_on_the_field()
    {
        var problem = await (await Officer.ApplyNameAsync($"{WorkflowApi.Prefix}万盛篮球俱乐部")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("结尾", problem.GetProperty("errors").GetProperty("name")[0].GetString());
        problem = await (await Officer.ApplyNameAsync("别的区篮球协会")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("开头", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task A_name_pending_approved_or_on_the_register_is_taken()
    {
        var officer = Officer;
        var name = WorkflowApi.NextName();
        await (await officer.ApplyNameAsync(name)).JsonAsync(HttpStatusCode.Created);
        var taken = await (await officer.ApplyNameAsync(name)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("名称核准", taken.Text("detail"));

        var registered = WorkflowApi.NextName("服务中心");
        await (await host.Client(Staff.Registrar).RegisterAsync(SocialOrgApi.NextCreditCode('2'), "social-service-agency", registered)).JsonAsync(HttpStatusCode.Created);
        var onRegister = await (await officer.ApplyNameAsync(registered, "social-service-agency")).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("在册", onRegister.Text("detail"));
    }

    [Fact]
    public async Task Establishment_needs_an_approved_name_and_a_social_group_an_approved_preparation()
    {
        var officer = Officer;
        var missing = await (await officer.ApplyEstablishmentAsync(Guid.NewGuid().ToString(), SocialOrgApi.NextCreditCode('2'))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("nameApprovalId"));
        var pending = await (await officer.ApplyNameAsync(WorkflowApi.NextName("服务中心"), "social-service-agency")).JsonAsync(HttpStatusCode.Created);
        var notYet = await (await officer.ApplyEstablishmentAsync(pending.Id(), SocialOrgApi.NextCreditCode('2'))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("尚未准予", notYet.GetProperty("errors").GetProperty("nameApprovalId")[0].GetString());

        var group = await officer.ApprovedNameAsync("social-group");
        var unprepared = await (await officer.ApplyEstablishmentAsync(group.Id(), SocialOrgApi.NextCreditCode('1'))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("筹备", unprepared.GetProperty("errors").GetProperty("nameApprovalId")[0].GetString());

        var tooFew = await (await officer.ApplyPreparationAsync(group.Id(), individual: 49)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(tooFew.HasError("individualMembers"));
        var preparation = await officer.ApproveAsync(await (await officer.ApplyPreparationAsync(group.Id())).JsonAsync(HttpStatusCode.Created));
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.Parse(preparation.Text("validUntil")));
        var established = await officer.ApproveAsync(await (await officer.ApplyEstablishmentAsync(group.Id(), SocialOrgApi.NextCreditCode('1'))).JsonAsync(HttpStatusCode.Created));
        Assert.Equal("approved", established.Text("status"));
    }

    [Fact]
    public async Task A_foundation_is_not_prepared()
    {
        var officer = Officer;
        var foundation = await officer.ApprovedNameAsync("foundation");
        var problem = await (await officer.ApplyPreparationAsync(foundation.Id())).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("只有社会团体", problem.GetProperty("errors").GetProperty("nameApprovalId")[0].GetString());
    }

    [Fact]
    public async Task An_approved_change_is_applied_kept_before_and_after_published_and_reissues_the_certificate()
    {
        var officer = Officer;
        var established = await officer.EstablishedAsync();
        var organisationId = established.Text("organisationId");
        var oldCertificate = established.Text("certificateId");
        var newName = WorkflowApi.NextName("服务中心");
        var change = await (await officer.ApplyChangeAsync(organisationId, new
        {
            item = "name", name = newName, reason = "更名", applicantName = "法人甲", documents = "变更登记申请书\n会员（代表）大会或理事会决议\n变更事项证明",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(newName, change.Text("after"));
        var approved = await officer.ApproveAsync(change);
        Assert.NotEqual(newName, approved.Text("before"));

        var organisation = await (await officer.GetAsync($"/api/socialorg/organisations/{organisationId}")).JsonAsync();
        Assert.Equal(newName, organisation.Text("name"));
        var published = Assert.Single(await host.OutboxAsync("socialorg.changed"), e => e.GetProperty("organisationId").GetString() == organisationId);
        Assert.Equal("name", published.Text("item"));
        Assert.Equal(newName, published.Text("name"));
        Assert.Equal(approved.Text("before"), published.Text("before"));

        var old = await (await officer.GetAsync($"/api/socialorg/certificates/{oldCertificate}")).JsonAsync();
        Assert.Equal("voided", old.Text("status"));
        var current = await (await officer.GetAsync($"/api/socialorg/certificates/{approved.Text("certificateId")}")).JsonAsync();
        Assert.Equal("valid", current.Text("status"));
        Assert.Equal(newName, current.Text("name"));
        Assert.NotEqual(old.Text("number"), current.Text("number"));
    }

    [Fact]
    public async Task A_deregistered_organisation_cannot_change_its_name()
    {
        var registrar = host.Client(Staff.Registrar);
        var organisation = await (await registrar.RegisterAsync(SocialOrgApi.NextCreditCode('2'), "social-service-agency", WorkflowApi.NextName("服务中心"))).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{organisation.Id()}/deregister/{organisation.Version()}", new { reason = "解散" })).JsonAsync();
        var refused = await (await Officer.ApplyChangeAsync(organisation.Id(), new { item = "name", name = WorkflowApi.NextName("服务中心"), applicantName = "甲" }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已注销", refused.Text("detail"));
        Assert.Contains("变更登记只适用于在册的社会组织", refused.Text("detail"));
    }

    [Fact]
    public async Task Deregistration_by_application_goes_the_registers_way_and_voids_the_certificate()
    {
        var officer = Officer;
        var established = await officer.EstablishedAsync();
        var organisationId = established.Text("organisationId");
        var application = await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/deregistration-applications", new
        {
            reason = "完成宗旨，自行解散", applicantName = "法人甲", documents = "注销登记申请书\n登记证书正本、副本",
        })).JsonAsync(HttpStatusCode.Created);
        // The liquidation report is on the checklist: not accepted without it.
        var incomplete = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/accept/{application.Version()}", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("清算报告", incomplete.GetProperty("errors").GetProperty("documents")[0].GetString());

        var complete = await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/deregistration-applications", new
        {
            reason = "完成宗旨，自行解散", applicantName = "法人甲", documents = "注销登记申请书\n清算报告\n登记证书正本、副本",
        })).JsonAsync(HttpStatusCode.Created);
        await officer.ApproveAsync(complete);
        var organisation = await (await officer.GetAsync($"/api/socialorg/organisations/{organisationId}")).JsonAsync();
        Assert.Equal("deregistered", organisation.Text("status"));
        Assert.Single(await host.OutboxAsync("socialorg.deregistered"), e => e.GetProperty("organisationId").GetString() == organisationId);
        var certificate = await (await officer.GetAsync($"/api/socialorg/certificates/{established.Text("certificateId")}")).JsonAsync();
        Assert.Equal("voided", certificate.Text("status"));
    }

    [Fact]
    public async Task A_social_service_agency_has_no_branch_and_a_foundations_branch_is_registered_and_deregistered()
    {
        var officer = Officer;
        var agency = await officer.EstablishedAsync();
        var refused = await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{agency.Text("organisationId")}/branch-applications", WorkflowApi.Branch())).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不得设立分支机构", refused.GetProperty("errors").GetProperty("organisationId")[0].GetString());

        var foundation = await officer.EstablishedAsync("foundation");
        var organisationId = foundation.Text("organisationId");
        var branch = await officer.ApproveAsync(await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/branch-applications", WorkflowApi.Branch())).JsonAsync(HttpStatusCode.Created));
        var branches = await (await officer.GetAsync($"/api/socialorg/branches?organisationId={organisationId}")).JsonAsync();
        var row = Assert.Single(branches.GetProperty("items").EnumerateArray());
        Assert.Equal(branch.Text("branchId"), row.Id());
        var ended = await officer.ApproveAsync(await (await officer.PostAsJsonAsync($"/api/socialorg/branches/{row.Id()}/deregistration-applications", new
        {
            reason = "撤销该分支", applicantName = "甲", documents = "分支机构注销申请书\n理事会决议",
        })).JsonAsync(HttpStatusCode.Created));
        Assert.Equal("approved", ended.Text("status"));
        branches = await (await officer.GetAsync($"/api/socialorg/branches?organisationId={organisationId}")).JsonAsync();
        Assert.Equal("deregistered", Assert.Single(branches.GetProperty("items").EnumerateArray()).Text("status"));
    }

    [Fact]
    public async Task A_town_clerk_receives_and_accepts_but_never_reviews_or_decides()
    {
        var clerk = host.Client(WorkflowApi.TownClerk);
        var application = await (await clerk.ApplyNameAsync(WorkflowApi.NextName())).JsonAsync(HttpStatusCode.Created);
        var accepted = await (await clerk.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/accept/{application.Version()}", new { })).JsonAsync();
        Assert.Equal("accepted", accepted.Text("status"));
        await (await clerk.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/review/{accepted.Version()}", new { reason = "同意" })).JsonAsync(HttpStatusCode.Forbidden);
        var reviewed = await (await Officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/review/{accepted.Version()}", new { reason = "同意" })).JsonAsync();
        await (await clerk.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/approve/{reviewed.Version()}", new { reason = "准予" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await clerk.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/reject/{reviewed.Version()}", new { reason = "不予" })).JsonAsync(HttpStatusCode.Forbidden);
        var still = await (await Officer.GetAsync($"/api/socialorg/applications/{application.Id()}")).JsonAsync();
        Assert.Equal("reviewed", still.Text("status"));
    }

    [Fact]
    public async Task A_step_on_a_stale_version_or_out_of_order_is_a_conflict()
    {
        var officer = Officer;
        var application = await (await officer.ApplyNameAsync(WorkflowApi.NextName())).JsonAsync(HttpStatusCode.Created);
        var early = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/approve/{application.Version()}", new { reason = "准予" }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能作出准予决定", early.Text("detail"));
        await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/accept/{application.Version()}", new { })).JsonAsync();
        var stale = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/review/{application.Version()}", new { reason = "同意" }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.StaleVersion, stale.Text("type"));
    }

    [Fact]
    public async Task A_rejected_application_keeps_its_reason_and_takes_no_name()
    {
        var officer = Officer;
        var name = WorkflowApi.NextName();
        var application = await (await officer.ApplyNameAsync(name)).JsonAsync(HttpStatusCode.Created);
        var rejected = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{application.Id()}/reject/{application.Version()}", new { reason = "与已有名称近似" })).JsonAsync();
        Assert.Equal("rejected", rejected.Text("status"));
        Assert.Equal("与已有名称近似", rejected.Text("decisionReason"));
        await (await officer.ApplyNameAsync(name)).JsonAsync(HttpStatusCode.Created);
        var pending = await (await officer.GetAsync("/api/socialorg/applications?status=pending&kind=name-approval")).JsonAsync();
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), r => r.Text("name") == name);
    }

    [Fact]
    public async Task A_reprint_keeps_the_number_and_a_number_is_never_given_twice()
    {
        var officer = Officer;
        var established = await officer.EstablishedAsync();
        var certificate = await (await officer.GetAsync($"/api/socialorg/certificates/{established.Text("certificateId")}")).JsonAsync();
        var reprinted = await (await officer.PostAsync($"/api/socialorg/certificates/{certificate.Id()}/reprint/{certificate.Version()}", null)).JsonAsync();
        Assert.Equal(certificate.Text("number"), reprinted.Text("number"));
        Assert.Equal(1, reprinted.GetProperty("reprints").GetInt32());
        Assert.Contains("补打", reprinted.Text("reprintMark"));
        await (await host.Client(WorkflowApi.TownClerk).PostAsync($"/api/socialorg/certificates/{certificate.Id()}/reprint/{reprinted.Version()}", null))
            .JsonAsync(HttpStatusCode.Forbidden);

        // The database refuses the same number twice, whatever a bug might try.
        await using var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "socialorg");
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO "registration_certificates" ("Id", "Sequence", "Number", "OrganisationId", "DivisionCode", "Name", "Type", "CreditCode",
              "LegalRepresentativeName", "BusinessScope", "SupervisingUnit", "ActivityFunds", "Address", "Authority", "IssuedOn", "Reprints", "Version")
            VALUES ('{Guid.NewGuid()}', 999998, '{certificate.Text("number")}', '{Guid.NewGuid()}', '500110004001', 'x', 'foundation', 'x', 'x', 'x', 'x', 1, 'x', 'x',
              '2026-06-01', 0, 1)
            """;
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task The_register_is_exported_as_xlsx_with_the_search()
    {
        var name = WorkflowApi.NextName("服务中心");
        await (await host.Client(Staff.Registrar).RegisterAsync(SocialOrgApi.NextCreditCode('2'), "social-service-agency", name)).JsonAsync(HttpStatusCode.Created);
        var response = await Officer.GetAsync($"/api/socialorg/organisations.xlsx?q={Uri.EscapeDataString(name)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = TestWorkbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("名称", sheet[0][0]);
        Assert.Equal(name, Assert.Single(sheet.Skip(1))[0]);
    }

    [Fact]
    public async Task Staff_see_what_waits_for_them_on_the_home_page()
    {
        await (await Officer.ApplyNameAsync(WorkflowApi.NextName())).JsonAsync(HttpStatusCode.Created);
        var work = await (await Officer.GetAsync("/api/platform/work")).JsonAsync();
        Assert.Contains(work.GetProperty("items").EnumerateArray(), w => w.Text("key") == "socialorg.applications-submitted");
    }
}

/// <summary>A name approval's validity, on a clock of its own.</summary>
public sealed class NameApprovalExpiryTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task An_expired_name_approval_does_not_establish()
    {
        var officer = host.Client(WorkflowApi.Officer);
        var name = await officer.ApprovedNameAsync();
        host.Clock.Advance(TimeSpan.FromDays(200));
        var problem = await (await officer.ApplyEstablishmentAsync(name.Id(), SocialOrgApi.NextCreditCode('2'))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("过期", problem.GetProperty("errors").GetProperty("nameApprovalId")[0].GetString());
    }
}
