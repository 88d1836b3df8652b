using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Districts;
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
}
