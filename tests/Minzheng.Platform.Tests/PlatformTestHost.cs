using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests;

/// <summary>The real host with no modules: the platform's own services under test.</summary>
internal static class PlatformTestHost
{
    public static Task<ModuleTestHost> StartAsync(Action<ModuleTestHostOptions>? configure = null)
    {
        var options = new ModuleTestHostOptions();
        configure?.Invoke(options);
        return ModuleTestHost.StartAsync(options);
    }
}
