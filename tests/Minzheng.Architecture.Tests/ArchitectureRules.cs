using Carter;
using Minzheng.Sdk.Modules;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Minzheng.Architecture.Tests;

/// <summary>
/// The architecture rules, one function each. Every function reads the assembly it is given and returns
/// what breaks the rule (empty when the rule holds): the tests apply it to the real assemblies, expecting
/// nothing, and to the rulebreaker fixture, expecting exactly its deliberate violations.
/// </summary>
public static class ArchitectureRules
{
    private const string HostName = "Minzheng.Host";
    private const string PlatformName = "Minzheng.Platform";
    private const string SdkName = "Minzheng.Sdk";
    private const string SdkTestingName = "Minzheng.Sdk.Testing";

    /// <summary>
    /// Rule 1: a module depends on the SDK alone (and framework and third-party packages): never on the
    /// host, the platform, the test kit or another module. Any other Minzheng assembly it does not ship in
    /// its own plugin folder counts as forbidden too.
    /// </summary>
    public static IReadOnlyList<Violation> ModuleDependsOnlyOnSdk(AssemblyFile module, IEnumerable<AssemblyFile> allModules)
    {
        var forbidden = OwnAssemblies(allModules).Where(name => name != module.Name).ToHashSet();
        return ForbiddenDependencies(module, name =>
            forbidden.Contains(name)
            || (name.StartsWith("Minzheng.", StringComparison.Ordinal) && name != SdkName
                && !File.Exists(Path.Combine(module.Folder, name + ".dll"))));
    }

    /// <summary>Rule 2: the SDK depends on no host, platform, test-kit or module assembly.</summary>
    public static IReadOnlyList<Violation> SdkDependsOnNothingOfOurs(AssemblyFile sdk, IEnumerable<AssemblyFile> allModules)
    {
        var forbidden = OwnAssemblies(allModules).ToHashSet();
        return ForbiddenDependencies(sdk, forbidden.Contains);
    }

    /// <summary>Rule 5, first half: the platform does not depend on the host.</summary>
    public static IReadOnlyList<Violation> PlatformDoesNotDependOnHost(AssemblyFile platform) =>
        ForbiddenDependencies(platform, name => name == HostName);

    /// <summary>Rule 5, second half: nothing in host/ depends on the module test kit.</summary>
    public static IReadOnlyList<Violation> HostDoesNotDependOnTestKit(AssemblyFile hostAssembly) =>
        ForbiddenDependencies(hostAssembly, name => name == SdkTestingName);

    /// <summary>
    /// Rule 3: every Carter module (non-abstract class implementing <see cref="ICarterModule"/>, directly or
    /// through a base class) is public and has a public parameterless constructor: the host creates them
    /// without dependency injection.
    /// </summary>
    public static IReadOnlyList<Violation> CarterModulesArePublicAndParameterless(AssemblyFile module)
    {
        using var assembly = Read(module);
        var violations = new List<Violation>();
        foreach (var type in ConcreteClasses(assembly).Where(t => Implements(t, typeof(ICarterModule))))
        {
            if (!IsPublic(type))
            {
                violations.Add(new Violation(module.Label, type.FullName, "a Carter module must be public"));
            }
            if (!HasPublicParameterlessConstructor(type))
            {
                violations.Add(new Violation(module.Label, type.FullName,
                    "a Carter module needs a public parameterless constructor (take dependencies as handler parameters)"));
            }
        }
        return violations;
    }

    /// <summary>
    /// Rule 4: a module has exactly one public class implementing <see cref="IMinzhengModule"/>, and it has a
    /// public parameterless constructor (the host creates it with <c>Activator.CreateInstance</c>).
    /// </summary>
    public static IReadOnlyList<Violation> ModuleHasOneEntryType(AssemblyFile module)
    {
        using var assembly = Read(module);
        var entries = ConcreteClasses(assembly).Where(t => t.IsPublic && Implements(t, typeof(IMinzhengModule))).ToList();
        var violations = new List<Violation>();
        if (entries.Count == 0)
        {
            violations.Add(new Violation(module.Label, "(assembly)", $"no public class implements {nameof(IMinzhengModule)}"));
        }
        if (entries.Count > 1)
        {
            violations.AddRange(entries.Select(t => new Violation(module.Label, t.FullName,
                $"one of {entries.Count} public entry types ({string.Join(", ", entries.Select(e => e.Name))}): a module has exactly one")));
        }
        violations.AddRange(entries.Where(t => !HasPublicParameterlessConstructor(t)).Select(t =>
            new Violation(module.Label, t.FullName, "the entry type needs a public parameterless constructor")));
        return violations;
    }

    /// <summary>
    /// Rule 6: domain-rule types — named <c>…Rules</c>, in a module or the platform — do not depend on
    /// ASP.NET Core or EF Core (nor do the lambdas and state machines the compiler nests in them).
    /// </summary>
    public static IReadOnlyList<Violation> DomainRulesStayOutOfWebAndData(AssemblyFile assembly)
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"];
        var result = Types.FromFile(assembly.Path)
            .That().MeetCustomRule(new IsOrIsInsideRulesType())
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        return (result.FailingTypeNames ?? [])
            .Select(OutermostType)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(type => new Violation(assembly.Label, type, "a domain-rule type must not depend on ASP.NET Core or EF Core"))
            .ToList();
    }

    /// <summary>
    /// The check behind rules 1, 2 and 5: every assembly reference the predicate forbids is reported
    /// with the types that use it (found by NetArchTest), or as "(assembly)" if no type does.
    /// </summary>
    private static IReadOnlyList<Violation> ForbiddenDependencies(AssemblyFile subject, Func<string, bool> isForbidden)
    {
        using var assembly = Read(subject);
        var violations = new List<Violation>();
        foreach (var reference in assembly.MainModule.AssemblyReferences.Select(r => r.Name).Where(isForbidden).Distinct().Order(StringComparer.Ordinal))
        {
            // The types of the forbidden assembly that the subject uses, then the subject's types that use them.
            var usedTypes = assembly.MainModule.GetTypeReferences()
                .Where(t => t.Scope is AssemblyNameReference scope && scope.Name == reference)
                .Select(t => OutermostType(t.FullName))
                .Distinct()
                .ToArray();
            var users = usedTypes.Length == 0
                ? []
                : (Types.FromFile(subject.Path).ShouldNot().HaveDependencyOnAny(usedTypes).GetResult().FailingTypeNames ?? [])
                    .Select(OutermostType).Distinct().Order(StringComparer.Ordinal).ToList();
            violations.AddRange(users.Count == 0
                ? [new Violation(subject.Label, "(assembly)", $"references {reference}")]
                : users.Select(type => new Violation(subject.Label, type, $"depends on {reference}")));
        }
        return violations;
    }

    /// <summary>The repository's own assemblies that modules and the SDK must not depend on: host/, the test kit, every module.</summary>
    private static IEnumerable<string> OwnAssemblies(IEnumerable<AssemblyFile> allModules) =>
        Repository.HostAssemblies.Select(a => a.Name)
            .Append(HostName).Append(PlatformName).Append(SdkTestingName)
            .Concat(allModules.Select(m => m.Name))
            .Distinct();

    private static AssemblyDefinition Read(AssemblyFile file)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(file.Folder);
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.IResult).Assembly.Location)!);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        return AssemblyDefinition.ReadAssembly(file.Path, new ReaderParameters { AssemblyResolver = resolver });
    }

    private static IEnumerable<TypeDefinition> ConcreteClasses(AssemblyDefinition assembly) =>
        assembly.Modules.SelectMany(m => m.GetTypes()).Where(t => t.IsClass && !t.IsAbstract && !t.IsInterface && !t.IsValueType);

    /// <summary>Whether the type or one of its base classes declares the interface (the compiler lists inherited interfaces of interfaces).</summary>
    private static bool Implements(TypeDefinition type, Type @interface)
    {
        for (var current = type; current is not null; current = TryResolve(current.BaseType))
        {
            if (current.Interfaces.Any(i => i.InterfaceType.FullName == @interface.FullName))
            {
                return true;
            }
        }
        return false;
    }

    private static TypeDefinition? TryResolve(TypeReference? reference)
    {
        try
        {
            return reference?.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    private static bool IsPublic(TypeDefinition type) =>
        type.IsPublic || (type.IsNestedPublic && IsPublic(type.DeclaringType));

    private static bool HasPublicParameterlessConstructor(TypeDefinition type) =>
        type.Methods.Any(m => m.IsConstructor && !m.IsStatic && m.IsPublic && !m.HasParameters);

    /// <summary><c>Ns.Outer/Inner</c> or <c>Ns.Outer+Inner</c> → <c>Ns.Outer</c>: the type a developer wrote and can fix.</summary>
    private static string OutermostType(string fullName)
    {
        var nested = fullName.IndexOfAny(['/', '+']);
        return nested < 0 ? fullName : fullName[..nested];
    }

    /// <summary>Types named …Rules, and the types nested in them (where the compiler puts lambdas and async state machines).</summary>
    private sealed class IsOrIsInsideRulesType : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            for (var current = type; current is not null; current = current.DeclaringType)
            {
                if (current.Name.EndsWith("Rules", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
