using System.Net;
using Minzheng.Sdk.Testing;
using Xunit;

namespace Sample.Module.Tests;

public sealed class SampleModuleTests
{
    private static string ModuleOutput =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../Sample.Module/bin/Release/net10.0"));

    [Fact]
    public async Task Module_built_outside_the_repository_loads_and_serves()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { ModuleOutput } });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "sample.read"));
        Assert.Equal($"你好，{TestDistricts.First}", await clerk.GetStringAsync("/api/sample/hello"));
        var other = host.CreateClient(TestStaff.District(TestDistricts.Second, "sample.read"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/sample/hello")).StatusCode);
    }
}
