using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity;

/// <summary>A permission roles may grant, and who declares it.</summary>
/// <param name="Name">Machine name, e.g. <c>marriage.register</c>.</param>
/// <param name="DisplayName">What it allows, in Chinese.</param>
/// <param name="Module">The id of the module that declares it, or <c>platform</c>.</param>
/// <param name="ModuleName">That module's display name (平台 for the platform's own).</param>
public sealed record KnownPermission(string Name, string DisplayName, string Module, string ModuleName);

/// <summary>Every permission roles may grant: the platform's and those the loaded modules declare.</summary>
public sealed class KnownPermissions(ModuleCatalog catalog)
{
    /// <summary>What the platform's own permissions give as their module.</summary>
    public const string PlatformModule = "platform";

    /// <summary>All, platform first, then by module in load order. <see cref="PlatformPermissions.Self"/> is implicit and not listed.</summary>
    public IReadOnlyList<KnownPermission> All { get; } = PlatformPermissions.All
        .Select(p => new KnownPermission(p.Name, p.DisplayName, PlatformModule, "平台"))
        .Concat(catalog.LoadedManifests.SelectMany(m => m.Permissions.Select(p => new KnownPermission(p.Name, p.DisplayName, m.Id, m.DisplayName))))
        .ToList();

    /// <summary>Whether a role may grant <paramref name="permission"/>.</summary>
    public bool Contains(string permission) => All.Any(p => p.Name == permission);
}
