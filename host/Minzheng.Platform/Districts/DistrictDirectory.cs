using System.Text.RegularExpressions;
using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Districts;

/// <summary>The districts this deployment serves, read and checked once at start-up.</summary>
public sealed partial class DistrictDirectory
{
    private readonly Dictionary<string, District> _byId;

    /// <summary>Creates the directory from already-built districts.</summary>
    public DistrictDirectory(IReadOnlyList<District> districts)
    {
        All = districts;
        _byId = districts.ToDictionary(d => d.Id);
    }

    /// <summary>Every district.</summary>
    public IReadOnlyList<District> All { get; }

    /// <summary>The district with this id, or null.</summary>
    public District? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Builds the directory from configuration, checking every entry against the modules found in the
    /// plugin folder.
    /// </summary>
    /// <exception cref="ConfigurationProblem">A setting the deployer must fix, named in the message.</exception>
    public static DistrictDirectory FromOptions(IReadOnlyList<DistrictOptions> options, string contentRoot, IReadOnlySet<string> knownModuleIds)
    {
        if (options.Count == 0)
        {
            throw new ConfigurationProblem("No district is configured: add at least one entry to Minzheng:Districts (Id, Name, DivisionCode, DivisionsFile, Modules).");
        }

        var districts = new List<District>();
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i];
            var setting = $"Minzheng:Districts:{i}";
            if (!IdPattern().IsMatch(o.Id))
            {
                throw new ConfigurationProblem($"{setting}:Id '{o.Id}' is not a valid district id: use lower-case letters, digits and dashes (e.g. wansheng).");
            }
            if (districts.Any(d => d.Id == o.Id))
            {
                throw new ConfigurationProblem($"{setting}:Id '{o.Id}' is configured twice: each district needs its own id.");
            }
            if (string.IsNullOrWhiteSpace(o.Name))
            {
                throw new ConfigurationProblem($"{setting}:Name is empty: give the district's name (e.g. 万盛经开区).");
            }
            if (o.DivisionCode.Length != 6 || !o.DivisionCode.All(char.IsAsciiDigit))
            {
                throw new ConfigurationProblem($"{setting}:DivisionCode '{o.DivisionCode}' is not a 6-digit GB/T 2260 code.");
            }
            foreach (var module in o.Modules)
            {
                if (!knownModuleIds.Contains(module))
                {
                    var known = knownModuleIds.Count == 0 ? "none is installed" : "installed: " + string.Join(", ", knownModuleIds.Order());
                    throw new ConfigurationProblem($"{setting}:Modules names '{module}', but no module with that id is in the plugin folder ({known}): remove it or install the module.");
                }
            }
            if (string.IsNullOrWhiteSpace(o.DivisionsFile))
            {
                throw new ConfigurationProblem($"{setting}:DivisionsFile is empty: name the CSV of the district's towns and villages.");
            }
            var towns = DivisionCsvReader.Read(Path.GetFullPath(o.DivisionsFile, contentRoot), setting + ":DivisionsFile");
            var foreign = towns.FirstOrDefault(t => !t.Code.StartsWith(o.DivisionCode, StringComparison.Ordinal));
            if (foreign is not null)
            {
                throw new ConfigurationProblem($"{setting}: town {foreign.Code} {foreign.Name} in {o.DivisionsFile} is not under DivisionCode {o.DivisionCode}.");
            }
            districts.Add(new District(o.Id, o.Name, o.DivisionCode, towns, o.Modules.Distinct().ToList()));
        }
        return new DistrictDirectory(districts);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();
}
