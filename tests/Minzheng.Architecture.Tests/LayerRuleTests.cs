namespace Minzheng.Architecture.Tests;

/// <summary>The rules for the SDK, the platform and the host.</summary>
public sealed class LayerRuleTests
{
    public static TheoryData<string> HostAssemblyNames => [.. Repository.HostAssemblies.Select(a => a.Name)];

    [Fact]
    public void The_sdk_depends_on_no_host_platform_test_kit_or_module() =>
        Violations.AssertNone(ArchitectureRules.SdkDependsOnNothingOfOurs(Repository.Sdk, Repository.Modules),
            "Minzheng.Sdk is all a module references: it depends on nothing of the host, the platform, the test kit or a module.");

    [Fact]
    public void The_platform_does_not_depend_on_the_host() =>
        Violations.AssertNone(ArchitectureRules.PlatformDoesNotDependOnHost(Repository.Platform),
            "Minzheng.Platform must not depend on Minzheng.Host.");

    [Theory]
    [MemberData(nameof(HostAssemblyNames))]
    public void Nothing_in_host_depends_on_the_test_kit(string name) =>
        Violations.AssertNone(ArchitectureRules.HostDoesNotDependOnTestKit(Repository.HostAssemblies.Single(a => a.Name == name)),
            "Nothing in host/ depends on Minzheng.Sdk.Testing.");

    [Fact]
    public void Platform_domain_rules_stay_out_of_aspnetcore_and_efcore() =>
        Violations.AssertNone(ArchitectureRules.DomainRulesStayOutOfWebAndData(Repository.Platform),
            "Types named …Rules hold domain rules: no ASP.NET Core or EF Core in them.");

    [Fact]
    public void Host_assemblies_are_found() =>
        Assert.Superset(new HashSet<string> { "Minzheng.Host", "Minzheng.Platform" }, Repository.HostAssemblies.Select(a => a.Name).ToHashSet());
}
