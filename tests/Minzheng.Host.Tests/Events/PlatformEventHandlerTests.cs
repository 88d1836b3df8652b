using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Events;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Events;

/// <summary>
/// The platform subscribes to integration events as modules do, through its own handlers: listed in
/// the catalog under "platform" (their ledger key), delivered in every district whatever its modules.
/// </summary>
public sealed class PlatformEventHandlerTests
{
    [Fact]
    public async Task The_registry_s_marriage_handlers_are_in_the_catalog_as_the_platform_s()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes } });
        var catalog = host.Services.GetRequiredService<EventHandlerCatalog>();

        foreach (var name in new[] { "marriage.registered", "marriage.divorced", "marriage.registration-voided" })
        {
            var handler = Assert.Single(catalog.For(name));
            Assert.True(handler.IsPlatform);
            Assert.StartsWith("platform:", handler.Key, StringComparison.Ordinal);
            // Resolvable as the dispatcher resolves it, in a district that enables no module at all.
            var district = host.Services.GetRequiredService<DistrictDirectory>().Find(TestDistricts.Second)!;
            await using var scope = host.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(district);
            Assert.NotNull(scope.ServiceProvider.GetService(handler.HandlerType));
        }
        // Module handlers are found as before.
        Assert.DoesNotContain(catalog.All, h => h.IsPlatform && h.EventName.StartsWith("notes.", StringComparison.Ordinal));
    }
}
