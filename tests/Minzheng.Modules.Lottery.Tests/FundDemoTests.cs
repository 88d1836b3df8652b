using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The demo district's fund history: years of receipts, projects, one reversal, last year's disclosure published; once.</summary>
public sealed class FundDemoTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    [Fact]
    public async Task The_demo_posts_a_balanced_history_with_a_reversal_and_a_published_disclosure_only_once()
    {
        Assert.Equal(1, await host.Host.RunDemosAsync());
        var officer = host.Client(FundStaff.Officer);
        Assert.True(await officer.FundBalanceAsync() > 0);
        var reversals = await (await officer.GetAsync("/api/lottery/fund/movements?kind=reversal")).JsonAsync();
        Assert.Equal(1, reversals.GetProperty("total").GetInt32());
        var projects = await (await officer.GetAsync("/api/lottery/fund/projects?pageSize=50")).JsonAsync();
        Assert.All(projects.GetProperty("items").EnumerateArray(), p => Assert.True(p.Money("balance") >= 0));
        var published = (await (await host.Host.CreateClient().GetAsync($"/api/lottery/public/{TestDistricts.First}/fund-disclosures")).JsonAsync())
            .GetProperty("disclosures").EnumerateArray().Single();
        Assert.Equal(2025, published.GetProperty("year").GetInt32());
        Assert.True(published.Money("raised") > 0 && published.GetProperty("projects").GetArrayLength() > 0);

        Assert.Equal(0, await host.Host.RunDemosAsync());
        Assert.Equal(1, (await (await officer.GetAsync("/api/lottery/fund/movements?kind=reversal")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
