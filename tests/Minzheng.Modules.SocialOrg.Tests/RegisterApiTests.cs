using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The register through the real host: the credit code's checks, the district's authority, scope, deregistration.</summary>
public sealed class RegisterApiTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task An_organisation_is_registered_with_its_code_checked_published_and_audited_with_the_id_masked()
    {
        var registrar = host.Client(Staff.Registrar);
        var code = SocialOrgApi.NextCreditCode('2');
        var created = await (await registrar.RegisterAsync(code, "social-service-agency", "万盛社工服务中心")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("registered", created.Text("status"));
        Assert.Equal(code, created.Text("creditCode"));
        Assert.Contains("********", created.Text("legalRepresentativeIdNumber"));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("creditCodeOverride").ValueKind);

        var published = Assert.Single(await host.OutboxAsync("socialorg.registered"), e => e.GetProperty("creditCode").GetString() == code);
        Assert.Equal("social-service-agency", published.Text("type"));

        var audit = await (await host.Client(Staff.Auditor).GetAsync($"/api/platform/audit?source=socialorg&entity=Organisation&key={created.Id()}")).JsonAsync();
        Assert.Equal("created", Assert.Single(audit.GetProperty("items").EnumerateArray()).Text("action"));

        // The same code twice is a conflict, not a second organisation.
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.RegisterAsync(code, "social-service-agency")).StatusCode);
    }

    [Theory]
    [InlineData("check", "校验位错误")]
    [InlineData("category", "第2位应为1（社会团体）")]
    [InlineData("department", "第1位（登记管理部门）应为5")]
    [InlineData("district", "行政区划代码500110")]
    [InlineData("short", "应为18位")]
    public async Task A_credit_code_that_fails_a_check_is_a_field_error_naming_it(string wrong, string expected)
    {
        var valid = SocialOrgApi.NextCreditCode('1');
        string Fix(string first17) => first17 + CreditCode.CheckCharacter(first17);
        var code = wrong switch
        {
            "check" => SyntheticIds.WithWrongCheck(valid),
            "category" => Fix("53" + valid[2..17]),  // a 基金会's category digit on a 社会团体
            "department" => Fix("91" + valid[2..17]),
            "district" => Fix("51500229" + valid[8..17]),
            _ => valid[..17],
        };

        var problem = await (await host.Client(Staff.Registrar).RegisterAsync(code, "social-group")).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Contains(expected, string.Join(" ", problem.GetProperty("errors").GetProperty("creditCode").EnumerateArray().Select(e => e.GetString())));
    }

    [Fact]
    public async Task A_real_code_that_fails_the_check_is_accepted_only_with_a_reason_by_an_officer_who_may_and_the_reason_is_kept()
    {
        var valid = SocialOrgApi.NextCreditCode('1');
        var failing = SyntheticIds.WithWrongCheck(valid);

        var refused = await (await host.Client(Staff.PlainRegistrar).RegisterAsync(failing, creditCodeOverride: "2015年前赋码，经核对登记档案无误")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.HasError("creditCodeOverride"));

        var accepted = await (await host.Client(Staff.Registrar).RegisterAsync(failing, creditCodeOverride: "2015年前赋码，经核对登记档案无误")).JsonAsync(HttpStatusCode.Created);
        Assert.Contains("经核对登记档案无误", accepted.Text("creditCodeOverride"));
        Assert.Contains("确认人：登记员", accepted.Text("creditCodeOverride"));
    }

    [Fact]
    public async Task A_town_clerk_does_not_register_and_sees_only_organisations_in_their_town()
    {
        var registrar = host.Client(Staff.Registrar);
        var wansheng = await (await registrar.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var donglin = await (await registrar.RegisterAsync(village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.Created);
        var clerk = host.Client(Staff.WanshengClerk);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.RegisterAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/socialorg/organisations/{wansheng.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/socialorg/organisations/{donglin.Id()}")).StatusCode);
        var listed = (await (await clerk.GetAsync("/api/socialorg/organisations?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().Select(o => o.Id()).ToList();
        Assert.Contains(wansheng.Id(), listed);
        Assert.DoesNotContain(donglin.Id(), listed);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync("/api/socialorg/organisations")).StatusCode);
    }

    [Fact]
    public async Task Deregistration_needs_a_reason_and_the_version_shown_and_happens_once()
    {
        var registrar = host.Client(Staff.Registrar);
        var created = await (await registrar.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/organisations/{created.Id()}/deregister";

        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/{created.Version()}", new { reason = " " })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        Assert.Equal(ProblemTypes.StaleVersion,
            (await (await registrar.PostAsJsonAsync($"{path}/{created.Version() + 1}", new { reason = "自行解散" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var done = await (await registrar.PostAsJsonAsync($"{path}/{created.Version()}", new { reason = "自行解散" })).JsonAsync();
        Assert.Equal("deregistered", done.Text("status"));
        Assert.Equal("2026-06-01", done.Text("deregisteredOn"));
        Assert.Contains("已注销", (await (await registrar.PostAsJsonAsync($"{path}/{done.Version()}", new { reason = "再次" })).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Single(await host.OutboxAsync("socialorg.deregistered"), e => e.GetProperty("organisationId").GetString() == created.Id());
    }
}
