using System.Reflection;

namespace Minzheng.Sdk;

/// <summary>Facts about the SDK that the host runs with.</summary>
public static class SdkInfo
{
    /// <summary>The SemVer version of the SDK assembly loaded in this process.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // The build appends "+<commit>" source metadata: the SemVer part is what modules are matched against.
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
