using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Api;

public sealed class RouteContractTests
{
    [Fact]
    public async Task Every_route_has_a_name_and_a_summary()
    {
        await using var host = await MarriageHost.StartAsync();
        Assert.Empty(await RouteContracts.UndocumentedAsync(host.Staff(), "marriage"));
    }
}
