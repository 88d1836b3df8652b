namespace Minzheng.Sdk.Access;

/// <summary>The permissions the platform itself declares (modules declare theirs in <c>module.json</c>).</summary>
public static class PlatformPermissions
{
    /// <summary>See the modules installed and their state.</summary>
    public const string ModulesRead = "platform.modules.read";

    /// <summary>Enable or disable modules for a district.</summary>
    public const string ModulesManage = "platform.modules.manage";

    /// <summary>All platform permissions, with the names administrators see.</summary>
    public static IReadOnlyList<Modules.PermissionDeclaration> All { get; } =
    [
        new(ModulesRead, "查看模块"),
        new(ModulesManage, "启用/停用模块"),
    ];
}
