using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Modules name towns and villages through the SDK's <see cref="IDivisionNames"/>: the caller's district's divisions.</summary>
public sealed class DivisionNamesTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    [Fact]
    public async Task Towns_and_villages_of_the_caller_s_district_are_named_and_nothing_else()
    {
        await using var scope = fixture.Host.Services.GetRequiredService<SystemScopeFactory>()
            .ForDistrict(fixture.Host.Services.GetRequiredService<DistrictDirectory>().Find(TestDistricts.First)!);
        var names = scope.ServiceProvider.GetRequiredService<IDivisionNames>();

        Assert.Equal($"测试区 {TestDistricts.First}", names.DistrictName);
        Assert.Equal("万盛街道", names.NameOf(TestDistricts.TownWansheng));
        Assert.Equal("东林街道", names.NameOf(TestDistricts.TownDonglin));
        Assert.Equal("万新社区", names.NameOf(TestDistricts.VillageOfWansheng));
        Assert.Equal("东林社区", names.NameOf(TestDistricts.VillageOfDonglin));

        // Not a division of the district: the county code, an unknown town or village, junk.
        Assert.Null(names.NameOf(TestDistricts.DivisionCode));
        Assert.Null(names.NameOf("500110099"));
        Assert.Null(names.NameOf("500110004099"));
        Assert.Null(names.NameOf("万盛街道"));
        Assert.Null(names.NameOf(""));
        Assert.Null(names.NameOf(null));
    }

    [Fact]
    public async Task Towns_within_a_scope_are_all_towns_for_the_district_and_the_own_town_for_a_town_or_village()
    {
        await using var scope = fixture.Host.Services.GetRequiredService<SystemScopeFactory>()
            .ForDistrict(fixture.Host.Services.GetRequiredService<DistrictDirectory>().Find(TestDistricts.First)!);
        var names = scope.ServiceProvider.GetRequiredService<IDivisionNames>();

        var all = names.TownsWithin(new OrgScope(OrgLevel.District, TestDistricts.DivisionCode));
        Assert.Contains(TestDistricts.TownWansheng, all);
        Assert.Contains(TestDistricts.TownDonglin, all);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal([TestDistricts.TownDonglin], names.TownsWithin(new OrgScope(OrgLevel.Town, TestDistricts.TownDonglin)));
        Assert.Equal([TestDistricts.TownWansheng], names.TownsWithin(new OrgScope(OrgLevel.Village, TestDistricts.VillageOfWansheng)));
        Assert.Empty(names.TownsWithin(new OrgScope(OrgLevel.Town, "500110099")));
    }
}
