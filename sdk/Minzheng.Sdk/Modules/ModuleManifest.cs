namespace Minzheng.Sdk.Modules;

/// <summary>
/// The model of a module's <c>module.json</c>, which sits beside the module's assembly in its plugin
/// folder. The host reads every manifest before it loads any assembly.
/// </summary>
public sealed record ModuleManifest
{
    /// <summary>Lower-case id (<c>[a-z][a-z0-9-]*</c>); also the route prefix <c>/api/&lt;id&gt;/</c> and the database name.</summary>
    public required string Id { get; init; }

    /// <summary>The name staff see, in Chinese (e.g. 婚姻登记).</summary>
    public required string DisplayName { get; init; }

    /// <summary>The module's own SemVer version.</summary>
    public required string Version { get; init; }

    /// <summary>The SDK versions the module was built for, as an npm-style range (e.g. <c>^1.0.0</c>).</summary>
    public required string Sdk { get; init; }

    /// <summary>File name of the module's assembly inside its plugin folder.</summary>
    public required string Assembly { get; init; }

    /// <summary>Modules this one needs, by id, each with the range of versions it works with.</summary>
    public IReadOnlyDictionary<string, string> Dependencies { get; init; } = new Dictionary<string, string>();

    /// <summary>The permissions the module's endpoints require. Names start with the module id and a dot.</summary>
    public IReadOnlyList<PermissionDeclaration> Permissions { get; init; } = [];

    /// <summary>
    /// The indicators the module computes (<see cref="Indicators.IIndicator"/>), known to the platform even
    /// where no district enables the module. Keys start with the module id and a dot.
    /// </summary>
    public IReadOnlyList<IndicatorDeclaration> Indicators { get; init; } = [];

    /// <summary>Optional entry of the module in the staff UI (a route of the web shell).</summary>
    public string? Ui { get; init; }
}

/// <summary>A permission a module declares: the platform assigns it to roles.</summary>
/// <param name="Name">Machine name, e.g. <c>marriage.register</c>.</param>
/// <param name="DisplayName">What it allows, in Chinese, as shown to administrators.</param>
public sealed record PermissionDeclaration(string Name, string DisplayName);

/// <summary>An indicator a module declares: a plan row names it by <paramref name="Key"/>.</summary>
/// <param name="Key">Machine name, e.g. <c>disability.coverage-living</c>.</param>
/// <param name="DisplayName">What it measures, in Chinese, e.g. 困难残疾人生活补贴覆盖率.</param>
/// <param name="Unit">The unit of its values, e.g. <c>%</c>, <c>人</c>, <c>个</c>, <c>万元</c>.</param>
public sealed record IndicatorDeclaration(string Key, string DisplayName, string Unit);
