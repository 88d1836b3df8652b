using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Minzheng.Platform.Tests.Identity;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Http;

/// <summary>
/// A careless client's requests: a body of the wrong type, no body, malformed JSON, a wrong type in a field, the wrong
/// method. Each gets the status that says what happened and a Chinese problem that says where, never a bare English
/// "Bad Request" or a 404 for a route that exists.
/// </summary>
public sealed class RequestBodyTests(RequestBodyTests.Host host) : IClassFixture<RequestBodyTests.Host>
{
    /// <summary>One signed-in host for the class.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public ModuleTestHost Server { get; private set; } = null!;

        public HttpClient Admin { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await RealSignIn.StartAsync();
            Admin = await Server.SignInAsAdminAsync();
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostRoleAsync(string? contentType, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        return host.Admin.PostAsync("/api/platform/roles", content);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_gets_415_naming_what_the_route_takes(string? contentType)
    {
        var response = await PostRoleAsync(contentType, """{"name":"文本角色","permissions":[]}""");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
        var roles = await (await host.Admin.GetAsync("/api/platform/roles")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("文本角色", roles);
    }

    [Fact]
    public async Task Malformed_json_is_a_chinese_problem_with_the_position()
    {
        var response = await PostRoleAsync("application/json", """{"name": "断了", "permissions": [""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("请求无法解析", problem.GetProperty("title").GetString());
        var message = Assert.Single(problem.GetProperty("errors").EnumerateObject()).Value[0].GetString();
        Assert.Contains("JSON 格式错误", message);
        Assert.Contains("第 1 行", message);
    }

    [Fact]
    public async Task A_wrong_type_in_a_field_names_the_field()
    {
        var response = await PostRoleAsync("application/json", """{"name": 5, "permissions": []}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.Contains("类型不对", errors.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task A_write_without_any_body_reaches_the_route_and_its_field_checks()
    {
        var response = await host.Admin.PostAsync("/api/platform/roles", null);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty("name", out _), body);
    }

    [Fact]
    public async Task The_wrong_method_on_a_route_that_exists_gets_405_with_the_methods_it_takes()
    {
        var response = await host.Admin.DeleteAsync("/api/platform/users");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("POST", (await response.ProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_path_no_route_has_is_still_404()
    {
        var response = await host.Admin.PostAsync("/api/platform/no-such-thing", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有这个接口", (await response.ProblemAsync()).GetProperty("detail").GetString());
    }
}
