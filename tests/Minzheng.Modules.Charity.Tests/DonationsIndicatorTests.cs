using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>表2 row 8 on the plan page: the year's money and valued goods received, in 万元, by town. It sums the whole district: a host of its own.</summary>
public sealed class DonationsIndicatorTests(CharityHost host) : IClassFixture<CharityHost>
{
    [Fact]
    public async Task Row_8_sums_the_years_money_and_valued_goods_in_ten_thousands_by_town_and_leaves_out_goods_without_a_value_and_last_year()
    {
        var wansheng = await host.RecognisedOrganisationAsync();
        var donglin = await host.RecognisedOrganisationAsync(TestDistricts.VillageOfDonglin);
        var officer = host.Client(Staff.Officer);
        await (await officer.DonateAsync(wansheng, 12_345.67m)).JsonAsync(HttpStatusCode.Created);
        await (await officer.DonateAsync(donglin, 20_000m)).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = wansheng, donorKind = "anonymous", form = "goods", amount = 3_600, goodsDescription = "棉被", goodsQuantity = "40床",
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync("/api/charity/donations", new
        {
            organisationId = wansheng, donorKind = "anonymous", form = "goods", goodsValued = false, goodsDescription = "旧书一批",
        })).JsonAsync(HttpStatusCode.Created);
        // Last year's: not in this year's figure.
        await (await officer.DonateAsync(wansheng, 50_000m, receivedOn: "2025-12-31")).JsonAsync(HttpStatusCode.Created);

        var row = (await (await officer.GetAsync("/api/platform/plans/14th")).JsonAsync()).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("number").GetInt32() == 8);
        // (12,345.67 + 20,000 + 3,600) ÷ 10,000, to two decimals.
        Assert.Equal(3.59m, row.GetProperty("value").GetDecimal());
        var towns = (await (await officer.GetAsync("/api/platform/plans/14th/rows/8/towns")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(t => t.Text("town"), t => t.GetProperty("value").GetDecimal());
        Assert.Equal(1.59m, towns[TestDistricts.TownWansheng]);
        Assert.Equal(2m, towns[TestDistricts.TownDonglin]);

        // Last year's figure, asked for last year.
        var lastYear = (await (await officer.GetAsync("/api/platform/plans/14th?asOf=2025-12-31")).JsonAsync()).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("number").GetInt32() == 8);
        Assert.Equal(5m, lastYear.GetProperty("value").GetDecimal());
    }
}
