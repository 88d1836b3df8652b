using Minzheng.Sdk.Testing;

namespace Minzheng.Tests.Shared;

/// <summary>
/// Build outputs of the fixture modules (tests/fixtures) the test project references, found by the test kit.
/// One file, linked into every test project that loads them.
/// </summary>
internal static class FixtureModules
{
    public static string Notes => ModuleBuildOutputs.Of("notes");

    public static string Echo => ModuleBuildOutputs.Of("echo");

    /// <summary>A stand-in for the marriage module: publishes its events.</summary>
    public static string Wedlock => ModuleBuildOutputs.Of("wedlock");

    /// <summary>A module with a route that declares no access: refused at start-up.</summary>
    public static string Unguarded => ModuleBuildOutputs.Of("unguarded");
}
