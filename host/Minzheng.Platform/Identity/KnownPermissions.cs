using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Modules;

namespace Minzheng.Platform.Identity;

/// <summary>Every permission roles may grant: the platform's and those the loaded modules declare.</summary>
public sealed class KnownPermissions(ModuleCatalog catalog)
{
    /// <summary>All, platform first. <see cref="PlatformPermissions.Self"/> is implicit and not listed.</summary>
    public IReadOnlyList<PermissionDeclaration> All { get; } = PlatformPermissions.All
        .Concat(catalog.LoadedManifests.SelectMany(m => m.Permissions))
        .ToList();

    /// <summary>Whether a role may grant <paramref name="permission"/>.</summary>
    public bool Contains(string permission) => All.Any(p => p.Name == permission);
}
