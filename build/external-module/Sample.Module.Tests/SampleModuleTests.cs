using System.Net;
using Minzheng.Sdk.Testing;
using Xunit;

namespace Sample.Module.Tests;

public sealed class SampleModuleTests
{
    [Fact]
    public async Task Module_built_outside_the_repository_loads_and_serves()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions().AddModule<SampleModule>());
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "sample.read"));
        Assert.Equal($"你好，{TestDistricts.First}", await clerk.GetStringAsync("/api/sample/hello"));
        var other = host.CreateClient(TestStaff.District(TestDistricts.Second, "sample.read"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/sample/hello")).StatusCode);
    }
}
