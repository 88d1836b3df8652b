using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.SocialOrg.Public;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>公众查询 through the real host, as a stranger: by code and by name, public facts only, plain about what it does not know.</summary>
public sealed class PublicLookupTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private static string Path(string q, string district = TestDistricts.First) => $"/api/socialorg/public/{district}/organisations?q={Uri.EscapeDataString(q)}";

    [Fact]
    public async Task Anyone_finds_an_organisation_by_its_code_with_the_public_facts_and_nothing_else()
    {
        var code = SocialOrgApi.NextCreditCode('1');
        var created = await (await host.Client(Staff.Registrar).RegisterAsync(code, name: "万盛公开查询协会", registeredOn: new DateOnly(2024, 3, 1))).JsonAsync(HttpStatusCode.Created);
        var anyone = host.Host.CreateClient();

        var answer = await (await anyone.GetAsync(Path(code.ToLowerInvariant()))).JsonAsync();
        Assert.Equal("credit-code", answer.Text("matchedBy"));
        var found = Assert.Single(answer.GetProperty("organisations").EnumerateArray());
        Assert.Equal("万盛公开查询协会", found.Text("name"));
        Assert.Equal("social-group", found.Text("type"));
        Assert.Equal("社会团体", found.Text("typeText"));
        Assert.Equal(code, found.Text("creditCode"));
        Assert.Equal("张会长", found.Text("legalRepresentativeName"));
        Assert.Equal("2024-03-01", found.Text("registeredOn"));
        Assert.Equal("正常", found.Text("statusText"));
        Assert.True(found.GetProperty("inGoodStanding").GetBoolean());
        Assert.Empty(found.GetProperty("creditLists").EnumerateArray());
        Assert.Equal($"测试区 {TestDistricts.First}民政局", found.Text("registrationAuthority"));

        // Only the public facts: the answer's fields are exactly these, so a field added to the register later does not leak.
        Assert.Equal(
            ["name", "type", "typeText", "creditCode", "legalRepresentativeName", "registeredOn", "status", "statusText", "deregisteredOn", "inGoodStanding",
                "summary", "creditLists", "registrationAuthority"],
            found.EnumerateObject().Select(p => p.Name));
        var text = answer.GetRawText();
        var staffView = await (await host.Client(Staff.Registrar).GetAsync($"/api/socialorg/organisations/{created.Id()}")).JsonAsync();
        Assert.DoesNotContain(created.Id(), text);
        Assert.DoesNotContain("500110", text.Replace(code, "", StringComparison.Ordinal));  // no ID number, masked or not, no division code
        Assert.DoesNotContain(staffView.Text("address"), text);
        Assert.DoesNotContain("成立登记\"", text);  // no history
    }

    [Fact]
    public async Task A_name_search_shows_a_handful_at_most_the_exact_name_first_and_says_there_is_more()
    {
        var registrar = host.Client(Staff.Registrar);
        for (var i = 0; i < 6; i++) await (await registrar.RegisterAsync(name: $"同名测试书画协会{i}")).JsonAsync(HttpStatusCode.Created);
        await (await registrar.RegisterAsync(name: "同名测试书画协会")).JsonAsync(HttpStatusCode.Created);
        var anyone = host.Host.CreateClient();

        var answer = await (await anyone.GetAsync(Path("同名测试书画"))).JsonAsync();
        Assert.Equal("name", answer.Text("matchedBy"));
        var names = answer.GetProperty("organisations").EnumerateArray().Select(o => o.Text("name")).ToList();
        Assert.Equal(PublicLookupRules.MaxResults, names.Count);
        Assert.True(answer.GetProperty("more").GetBoolean());
        Assert.Contains("不止5个", answer.Text("message"));

        var exact = await (await anyone.GetAsync(Path("同名测试书画协会"))).JsonAsync();
        Assert.Equal("同名测试书画协会", exact.GetProperty("organisations")[0].Text("name"));

        // Neither paging nor a bigger page reads the register out.
        var paged = await (await anyone.GetAsync(Path("同名测试书画") + "&page=2&pageSize=200")).JsonAsync();
        Assert.Equal(names, paged.GetProperty("organisations").EnumerateArray().Select(o => o.Text("name")));
    }

    [Fact]
    public async Task An_unknown_code_or_name_says_so_plainly_and_a_question_too_short_is_a_field_error()
    {
        var anyone = host.Host.CreateClient();
        var unknown = SocialOrgApi.NextCreditCode('1');

        var problem = await (await anyone.GetAsync(Path(unknown))).JsonAsync(HttpStatusCode.NotFound);
        Assert.Contains($"未查到统一社会信用代码为{unknown}的社会组织", problem.Text("detail"));
        var none = await (await anyone.GetAsync(Path("从未登记过的名字"))).JsonAsync();
        Assert.Empty(none.GetProperty("organisations").EnumerateArray());
        Assert.Contains("未查到名称含“从未登记过的名字”", none.Text("message"));

        Assert.True((await (await anyone.GetAsync(Path("会"))).JsonAsync(HttpStatusCode.BadRequest)).HasError("q"));
        Assert.True((await (await anyone.GetAsync("/api/socialorg/public/district-a/organisations")).JsonAsync(HttpStatusCode.BadRequest)).HasError("q"));
        Assert.Contains("未查到统一社会信用代码", await anyone.GetStringAsync($"/api/socialorg/public/{TestDistricts.First}/organisations/page?q={unknown}"));
    }

    [Fact]
    public async Task A_deregistered_organisation_is_shown_as_deregistered_and_not_in_good_standing()
    {
        var registrar = host.Client(Staff.Registrar);
        var code = SocialOrgApi.NextCreditCode('2');
        var created = await (await registrar.RegisterAsync(code, "social-service-agency")).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{created.Id()}/deregister/{created.Version()}", new { reason = "自行解散" })).JsonAsync();

        var found = Single(await (await host.Host.CreateClient().GetAsync(Path(code))).JsonAsync());
        Assert.Equal("deregistered", found.Text("status"));
        Assert.Equal("已注销", found.Text("statusText"));
        Assert.Equal("2026-06-01", found.Text("deregisteredOn"));
        Assert.False(found.GetProperty("inGoodStanding").GetBoolean());
        Assert.Contains("现已注销", found.Text("summary"));
        Assert.DoesNotContain("自行解散", found.GetRawText());  // the reason is the bureau's record, not a public fact
    }

    [Fact]
    public async Task A_listed_or_revoked_organisation_is_shown_with_its_list_and_the_page_says_the_same()
    {
        var registrar = host.Client(Staff.Registrar);
        var code = SocialOrgApi.NextCreditCode('1');
        var created = await (await registrar.RegisterAsync(code, name: "万盛名录查询协会")).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{created.Id()}/list-entries",
            new { list = "abnormal", cause = "内部备注：负责人电话无人接听", decisionNumber = "万民社〔2026〕9号" })).JsonAsync(HttpStatusCode.Created);
        var anyone = host.Host.CreateClient();

        var found = Single(await (await anyone.GetAsync(Path(code))).JsonAsync());
        Assert.Equal("正常", found.Text("statusText"));
        Assert.False(found.GetProperty("inGoodStanding").GetBoolean());
        var listing = Assert.Single(found.GetProperty("creditLists").EnumerateArray());
        Assert.Equal("abnormal", listing.Text("list"));
        Assert.Equal("活动异常名录", listing.Text("listText"));
        Assert.Contains("已被列入活动异常名录", found.Text("summary"));
        Assert.DoesNotContain("内部备注", found.GetRawText());
        Assert.DoesNotContain("万民社", found.GetRawText());
        var page = await anyone.GetStringAsync($"/api/socialorg/public/{TestDistricts.First}/organisations/page?q={code}");
        Assert.Contains("万盛名录查询协会", page);
        Assert.Contains("活动异常名录", page);

        // Revoked by a penalty: on the serious list, and no longer registered.
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{created.Id()}/penalties",
            new { kind = "revocation", facts = "长期不开展活动", decisionNumber = "万民罚〔2026〕9号" })).JsonAsync(HttpStatusCode.Created);
        var revoked = Single(await (await anyone.GetAsync(Path(code))).JsonAsync());
        Assert.Equal("已撤销登记", revoked.Text("statusText"));
        Assert.Equal(["abnormal", "serious"], revoked.GetProperty("creditLists").EnumerateArray().Select(l => l.Text("list")));
    }

    [Fact]
    public async Task An_unknown_district_or_one_without_the_module_is_404_and_the_page_encodes_what_it_is_given()
    {
        var anyone = host.Host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(Path("万盛", "nowhere"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(Path("万盛", TestDistricts.Second))).StatusCode);

        var page = await anyone.GetStringAsync($"/api/socialorg/public/{TestDistricts.First}/organisations/page?q={Uri.EscapeDataString("<script>x</script>")}");
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Theory]
    [InlineData("51500110mj0000001x", LookupKind.CreditCode)]
    [InlineData(" 51500110MJ0000001X ", LookupKind.CreditCode)]
    [InlineData("51500110MJ000000IO", LookupKind.Name)]  // I and O are not in the code's alphabet: a name
    [InlineData("书画", LookupKind.Name)]
    public void A_question_is_a_code_when_it_has_the_code_s_form_and_a_name_otherwise(string q, LookupKind expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, PublicLookupRules.Read(q, errors)!.Kind);
        Assert.False(errors.HasErrors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("会")]
    public void A_question_too_short_is_refused(string? q)
    {
        var errors = new FieldErrors();
        Assert.Null(PublicLookupRules.Read(q, errors));
        Assert.True(errors.Has("q"));
    }

    [Fact]
    public void Good_standing_needs_the_registration_and_no_list()
    {
        Assert.True(PublicLookupRules.InGoodStanding(OrganisationStatus.Registered, []));
        Assert.False(PublicLookupRules.InGoodStanding(OrganisationStatus.Registered, [CreditList.Abnormal]));
        Assert.False(PublicLookupRules.InGoodStanding(OrganisationStatus.Deregistered, []));
        Assert.False(PublicLookupRules.InGoodStanding(OrganisationStatus.Revoked, []));
        Assert.Equal("已撤销登记", PublicLookupRules.StatusText(OrganisationStatus.Revoked));
    }

    private static JsonElement Single(JsonElement answer) => Assert.Single(answer.GetProperty("organisations").EnumerateArray());
}
