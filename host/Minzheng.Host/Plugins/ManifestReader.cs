using System.Text.Json;
using System.Text.RegularExpressions;
using Minzheng.Sdk.Modules;
using Semver;

namespace Minzheng.Host.Plugins;

/// <summary>A plugin folder and what its <c>module.json</c> said: a manifest, or why it could not be read.</summary>
/// <param name="Folder">The plugin folder.</param>
/// <param name="Manifest">The manifest, when valid.</param>
/// <param name="Error">One line naming the file and what to fix, when not.</param>
public sealed record FoundModule(string Folder, ModuleManifest? Manifest, string? Error)
{
    /// <summary>The module's id, or the folder's name when the manifest could not be read.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);
}

/// <summary>Reads and checks <c>module.json</c> files.</summary>
public static partial class ManifestReader
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "module.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Every sub-folder of <paramref name="pluginsFolder"/>, in name order, with its manifest read.</summary>
    public static IReadOnlyList<FoundModule> ReadAll(string pluginsFolder) =>
        Directory.Exists(pluginsFolder)
            ? Directory.GetDirectories(pluginsFolder).Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];

    /// <summary>Reads one plugin folder's manifest.</summary>
    public static FoundModule Read(string folder)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            return new FoundModule(folder, null, $"{file} is missing: every plugin folder needs a module.json (id, displayName, version, sdk, assembly).");
        }
        ModuleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModuleManifest>(File.ReadAllText(file), Json);
        }
        catch (JsonException e)
        {
            return new FoundModule(folder, null, $"{file} is not a valid manifest: {OneLine(e.Message)}");
        }
        if (manifest is null)
        {
            return new FoundModule(folder, null, $"{file} is empty (null): it must be an object with id, displayName, version, sdk, assembly.");
        }
        var problem = Check(manifest);
        return problem is null ? new FoundModule(folder, manifest, null) : new FoundModule(folder, null, $"{file}: {problem}");
    }

    /// <summary>The first thing wrong with a manifest's values, or null.</summary>
    public static string? Check(ModuleManifest manifest)
    {
        if (!IdPattern().IsMatch(manifest.Id))
        {
            return $"id '{manifest.Id}' must be lower-case letters, digits and dashes, starting with a letter (e.g. marriage).";
        }
        if (manifest.Id == "platform" || manifest.Id.StartsWith("platform-", StringComparison.Ordinal))
        {
            return $"id '{manifest.Id}' is reserved: 'platform' names the platform's own endpoints and databases.";
        }
        if (string.IsNullOrWhiteSpace(manifest.DisplayName))
        {
            return "displayName is empty: give the name staff see, in Chinese.";
        }
        if (!SemVersion.TryParse(manifest.Version, SemVersionStyles.Strict, out _))
        {
            return $"version '{manifest.Version}' is not a SemVer version (e.g. 1.0.0).";
        }
        if (!SemVersionRange.TryParseNpm(manifest.Sdk, out _))
        {
            return $"sdk '{manifest.Sdk}' is not a version range (e.g. ^1.0.0).";
        }
        if (string.IsNullOrWhiteSpace(manifest.Assembly) || manifest.Assembly != Path.GetFileName(manifest.Assembly) || !manifest.Assembly.EndsWith(".dll", StringComparison.Ordinal))
        {
            return $"assembly '{manifest.Assembly}' must be the file name of a .dll in the module's folder.";
        }
        foreach (var (dependency, range) in manifest.Dependencies)
        {
            if (!SemVersionRange.TryParseNpm(range, out _))
            {
                return $"dependencies.{dependency} '{range}' is not a version range (e.g. ^1.0.0).";
            }
        }
        var foreign = manifest.Permissions.FirstOrDefault(p => !p.Name.StartsWith(manifest.Id + ".", StringComparison.Ordinal));
        if (foreign is not null)
        {
            return $"permission '{foreign.Name}' must start with the module id and a dot ('{manifest.Id}.').";
        }
        return null;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();
}
