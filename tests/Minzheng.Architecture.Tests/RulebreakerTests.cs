namespace Minzheng.Architecture.Tests;

/// <summary>
/// Each rule, applied to tests/fixtures/rulebreaker, reports exactly the violations planted there: proof
/// that the rules can fail. Rules 2 and 5 are about the SDK, platform and host, which must stay clean, so
/// they are shown failing on the rulebreaker too: it depends on everything they forbid.
/// </summary>
public sealed class RulebreakerTests
{
    private const string Ns = "Minzheng.Fixtures.Rulebreaker.";

    private static readonly AssemblyFile Rulebreaker = Repository.Rulebreaker;

    [Fact]
    public void Rule_1_reports_the_types_that_use_the_host_platform_test_kit_or_another_module()
    {
        var violations = ArchitectureRules.ModuleDependsOnlyOnSdk(Rulebreaker, Repository.Modules);

        AssertExactly(violations,
            ("HostUser", "depends on Minzheng.Host"),
            ("PlatformUser", "depends on Minzheng.Platform"),
            ("TestKitUser", "depends on Minzheng.Sdk.Testing"),
            ("NotesUser", "depends on Minzheng.Fixtures.Notes"));
    }

    [Fact]
    public void Rule_2_reports_what_the_sdk_must_not_depend_on()
    {
        var violations = ArchitectureRules.SdkDependsOnNothingOfOurs(Rulebreaker, Repository.Modules);

        AssertExactly(violations,
            ("HostUser", "depends on Minzheng.Host"),
            ("PlatformUser", "depends on Minzheng.Platform"),
            ("TestKitUser", "depends on Minzheng.Sdk.Testing"),
            ("NotesUser", "depends on Minzheng.Fixtures.Notes"));
    }

    [Fact]
    public void Rule_3_reports_carter_modules_that_are_not_public_or_need_constructor_arguments()
    {
        var violations = ArchitectureRules.CarterModulesArePublicAndParameterless(Rulebreaker);

        AssertExactly(violations,
            ("InjectedEndpoints", "a Carter module needs a public parameterless constructor"),
            ("HiddenEndpoints", "a Carter module must be public"));
    }

    [Fact]
    public void Rule_4_reports_two_entry_types_and_the_one_without_a_parameterless_constructor()
    {
        var violations = ArchitectureRules.ModuleHasOneEntryType(Rulebreaker);

        AssertExactly(violations,
            ("RulebreakerModule", "one of 2 public entry types"),
            ("SecondEntry", "one of 2 public entry types"),
            ("SecondEntry", "the entry type needs a public parameterless constructor"));
    }

    [Fact]
    public void Rule_5_reports_a_dependency_on_the_host_and_on_the_test_kit()
    {
        AssertExactly(ArchitectureRules.PlatformDoesNotDependOnHost(Rulebreaker), ("HostUser", "depends on Minzheng.Host"));
        AssertExactly(ArchitectureRules.HostDoesNotDependOnTestKit(Rulebreaker), ("TestKitUser", "depends on Minzheng.Sdk.Testing"));
    }

    [Fact]
    public void Rule_6_reports_domain_rule_types_that_use_efcore_or_aspnetcore()
    {
        var violations = ArchitectureRules.DomainRulesStayOutOfWebAndData(Rulebreaker);

        AssertExactly(violations,
            ("EligibilityRules", "a domain-rule type must not depend on ASP.NET Core or EF Core"),
            ("FeeRules", "a domain-rule type must not depend on ASP.NET Core or EF Core"),
            ("TrackingRules", "a domain-rule type must not depend on ASP.NET Core or EF Core"));
    }

    [Fact]
    public void Failure_messages_name_the_types_to_fix()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            Violations.AssertNone(ArchitectureRules.CarterModulesArePublicAndParameterless(Rulebreaker), "rule 3"));

        Assert.Contains(Ns + "InjectedEndpoints", failure.Message);
        Assert.Contains(Ns + "HiddenEndpoints", failure.Message);
    }

    [Fact]
    public void The_rulebreaker_is_not_where_modules_are_installed_from()
    {
        Assert.DoesNotContain(Repository.Modules, m => m.Label == "rulebreaker");
        Assert.StartsWith(Path.Combine(Repository.Root, "tests", "fixtures"), Rulebreaker.Path);
    }

    /// <summary>The violations are exactly these (type without namespace, start of the problem), in any order.</summary>
    private static void AssertExactly(IReadOnlyList<Violation> violations, params (string Type, string Problem)[] expected)
    {
        var actual = violations.Select(v => $"{v.Type} — {v.Problem}").Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Select(e => $"{Ns}{e.Type} — {e.Problem}").Order(StringComparer.Ordinal).ToList();
        Assert.True(actual.Count == wanted.Count && actual.Zip(wanted).All(p => p.First.StartsWith(p.Second, StringComparison.Ordinal)),
            $"expected:\n  {string.Join("\n  ", wanted)}\nactual:\n  {string.Join("\n  ", actual)}");
    }
}
