using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>The demo district's subsidies come from its residents: some receiving, some waiting, some left for discovery.</summary>
public sealed class DemoTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task The_demo_gives_eligible_residents_entitlements_waiting_applications_and_leaves_some_for_discovery_once()
    {
        // Six residents eligible for the living subsidy only (grade 3, 低保): the demo's stages in six.
        for (var i = 0; i < 6; i++) await host.PersonAsync(grade: 3, name: $"演示{(char)('甲' + i)}");

        Assert.Equal(1, await host.Host.RunDemosAsync());

        var officer = host.Client(Staff.Officer);
        var statuses = (await (await officer.GetAsync("/api/disability/applications?pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray()
            .GroupBy(a => a.Status()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, statuses["approved"]);
        Assert.Equal(1, statuses["submitted"]);
        Assert.Equal(1, statuses["in-notice"]);
        Assert.Single((await (await officer.GetAsync("/api/disability/discovery")).JsonAsync()).GetProperty("items").EnumerateArray());
        var coverage = await (await officer.GetAsync("/api/disability/coverage")).JsonAsync();
        Assert.Equal(50m, coverage.GetProperty("livingRate").GetDecimal());

        Assert.Equal(0, await host.Host.RunDemosAsync());
        Assert.Equal(5, (await (await officer.GetAsync("/api/disability/applications?pageSize=50")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
