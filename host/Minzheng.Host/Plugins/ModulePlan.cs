using Minzheng.Platform.Modules;
using Semver;

namespace Minzheng.Host.Plugins;

/// <summary>What to load, in which order, and what to refuse, decided from the manifests alone.</summary>
/// <param name="ToLoad">Accepted modules, dependencies before dependents.</param>
/// <param name="Refused">Refused modules, each with its one-line reason.</param>
public sealed record ModulePlan(IReadOnlyList<FoundModule> ToLoad, IReadOnlyList<(FoundModule Module, string Reason)> Refused)
{
    /// <summary>
    /// Checks the found modules against each other and against the host's SDK version: readable
    /// manifest, unique id, compatible SDK range, assembly present, dependencies present with a
    /// compatible version, no cycle. A refusal spreads to the modules that depend on the refused one.
    /// </summary>
    public static ModulePlan Make(IReadOnlyList<FoundModule> found, SemVersion sdkVersion)
    {
        var refused = new List<(FoundModule, string)>();
        var candidates = new List<FoundModule>();

        foreach (var module in found)
        {
            if (module.Error is not null)
            {
                refused.Add((module, module.Error));
            }
            else if (found.Count(m => m.Manifest?.Id == module.Id) > 1)
            {
                var folders = found.Where(m => m.Manifest?.Id == module.Id).Select(m => m.Folder);
                refused.Add((module, $"module id '{module.Id}' is used by more than one plugin folder ({string.Join(", ", folders)}): remove all but one."));
            }
            else if (!SemVersionRange.ParseNpm(module.Manifest!.Sdk).Contains(sdkVersion))
            {
                refused.Add((module, $"module '{module.Id}' {module.Manifest.Version} was built for SDK {module.Manifest.Sdk}, but this host provides SDK {sdkVersion}: install a build of the module for SDK {sdkVersion.Major}.x."));
            }
            else if (!File.Exists(Path.Combine(module.Folder, module.Manifest.Assembly)))
            {
                refused.Add((module, $"module '{module.Id}': assembly {Path.Combine(module.Folder, module.Manifest.Assembly)} named in module.json is missing."));
            }
            else
            {
                candidates.Add(module);
            }
        }

        // Refuse modules whose dependencies are missing or of the wrong version, until nothing changes:
        // a refusal can take its dependents with it.
        bool changed;
        do
        {
            changed = false;
            foreach (var module in candidates.ToList())
            {
                var reason = DependencyProblem(module, candidates, found);
                if (reason is not null)
                {
                    candidates.Remove(module);
                    refused.Add((module, reason));
                    changed = true;
                }
            }
        }
        while (changed);

        var ordered = new List<FoundModule>();
        var remaining = candidates.ToDictionary(m => m.Id);
        while (remaining.Count > 0)
        {
            var ready = remaining.Values
                .Where(m => m.Manifest!.Dependencies.Keys.All(d => !remaining.ContainsKey(d)))
                .OrderBy(m => m.Id, StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                // Everything left is on a cycle or depends on one.
                foreach (var module in remaining.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
                {
                    refused.Add((module, $"module '{module.Id}' is part of or depends on a dependency cycle: {DescribeCycle(module, remaining)}."));
                }
                break;
            }
            foreach (var module in ready)
            {
                ordered.Add(module);
                remaining.Remove(module.Id);
            }
        }
        return new ModulePlan(ordered, refused);
    }

    private static string? DependencyProblem(FoundModule module, List<FoundModule> candidates, IReadOnlyList<FoundModule> found)
    {
        foreach (var (id, range) in module.Manifest!.Dependencies)
        {
            var dependency = candidates.FirstOrDefault(c => c.Id == id);
            if (dependency is null)
            {
                return found.Any(f => f.Id == id)
                    ? InstalledModule.DependencyRefusedReason(module.Id, id)
                    : $"module '{module.Id}' depends on '{id}' {range}, which is not installed.";
            }
            var version = SemVersion.Parse(dependency.Manifest!.Version, SemVersionStyles.Strict);
            if (!SemVersionRange.ParseNpm(range).Contains(version))
            {
                return $"module '{module.Id}' needs '{id}' {range}, but {version} is installed.";
            }
        }
        return null;
    }

    private static string DescribeCycle(FoundModule start, Dictionary<string, FoundModule> remaining)
    {
        var path = new List<string> { start.Id };
        var current = start;
        while (true)
        {
            var next = current.Manifest!.Dependencies.Keys.Where(remaining.ContainsKey).Order(StringComparer.Ordinal).FirstOrDefault();
            if (next is null)
            {
                return string.Join(" -> ", path);
            }
            var seen = path.IndexOf(next);
            path.Add(next);
            if (seen >= 0)
            {
                return string.Join(" -> ", path.Skip(seen));
            }
            current = remaining[next];
        }
    }
}
