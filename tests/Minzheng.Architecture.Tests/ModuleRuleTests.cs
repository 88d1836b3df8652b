namespace Minzheng.Architecture.Tests;

/// <summary>The rules for modules, over every module found (modules/*/* and the fixture modules).</summary>
public sealed class ModuleRuleTests
{
    public static TheoryData<string> ModuleIds => [.. Repository.Modules.Select(m => m.Label)];

    private static AssemblyFile Module(string id) => Repository.Modules.Single(m => m.Label == id);

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void Depends_on_the_sdk_alone(string id) =>
        Violations.AssertNone(ArchitectureRules.ModuleDependsOnlyOnSdk(Module(id), Repository.Modules),
            "A module depends on Minzheng.Sdk alone: never on the host, the platform, Minzheng.Sdk.Testing or another module (use integration events or SDK contracts).");

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void Carter_modules_are_public_with_a_parameterless_constructor(string id) =>
        Violations.AssertNone(ArchitectureRules.CarterModulesArePublicAndParameterless(Module(id)),
            "Every ICarterModule is public with a public parameterless constructor: the host creates it without DI.");

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void Has_exactly_one_entry_type(string id) =>
        Violations.AssertNone(ArchitectureRules.ModuleHasOneEntryType(Module(id)),
            "A module has exactly one public IMinzhengModule with a public parameterless constructor.");

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void Domain_rules_stay_out_of_aspnetcore_and_efcore(string id) =>
        Violations.AssertNone(ArchitectureRules.DomainRulesStayOutOfWebAndData(Module(id)),
            "Types named …Rules hold domain rules: no ASP.NET Core or EF Core in them.");

    [Fact]
    public void Every_module_under_modules_is_built_and_checked()
    {
        // Discovery reads the build outputs the test kit recorded; a module missing from them would silently escape the rules.
        var found = Repository.Modules.Select(m => m.Label).ToHashSet();
        var unbuilt = Repository.ModuleSourceFolders()
            .Where(folder => !found.Contains(Repository.ModuleId(folder)))
            .Select(folder => Path.GetRelativePath(Repository.Root, folder))
            .ToList();
        Assert.True(unbuilt.Count == 0,
            $"Not built with the tests: {string.Join(", ", unbuilt)} (tests/Minzheng.Architecture.Tests references modules/*/*/*.csproj so they are).");
    }

    [Fact]
    public void The_fixture_modules_are_found() =>
        Assert.Superset(new HashSet<string> { "notes", "echo", "visits" }, Repository.Modules.Select(m => m.Label).ToHashSet());
}
