using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Ui;

namespace Minzheng.Platform.Ui;

/// <summary>What the shell shows one caller: the menu and the module pages open to them.</summary>
/// <param name="District">The caller's district.</param>
/// <param name="Menu">The menu, top to bottom: the platform's entries, then one group per module.</param>
/// <param name="Modules">The pages of each enabled module that the caller may open.</param>
public sealed record StaffUiManifest(UiDistrict District, IReadOnlyList<UiMenuNode> Menu, IReadOnlyList<UiModule> Modules);

/// <summary>The caller's district as the header shows it.</summary>
/// <param name="Id">District id.</param>
/// <param name="Name">Its name.</param>
/// <param name="DivisionCode">Its 6-digit division code (the scope code of district-level accounts).</param>
public sealed record UiDistrict(string Id, string Name, string DivisionCode);

/// <summary>A menu entry of the shell.</summary>
/// <param name="Key">Unique in the menu.</param>
/// <param name="Title">What staff read.</param>
/// <param name="Icon">An icon name (<see cref="UiIcons"/>), or null.</param>
/// <param name="Path">The shell route it opens; null for a group.</param>
/// <param name="Children">Entries under it.</param>
public sealed record UiMenuNode(string Key, string Title, string? Icon, string? Path, IReadOnlyList<UiMenuNode> Children);

/// <summary>An enabled module's pages, for the shell's renderers.</summary>
/// <param name="Id">Module id.</param>
/// <param name="Title">Its display name.</param>
/// <param name="Version">Its version.</param>
/// <param name="ApiBase">Where its endpoint paths are rooted (<c>/api/&lt;id&gt;</c>).</param>
/// <param name="Pages">The pages the caller may open, with the actions the caller may take.</param>
public sealed record UiModule(string Id, string Title, string Version, string ApiBase, IReadOnlyList<UiPage> Pages);

/// <summary>Merges the platform's menu and the enabled modules' descriptions for one caller.</summary>
internal static class StaffUiManifestBuilder
{
    /// <summary>The shell routes of the platform's own pages, with the permission each needs.</summary>
    private static IReadOnlyList<(string Key, string Title, string Icon, string? Path, string? Permission, (string Key, string Title, string Path, string Permission)[] Children)> PlatformMenu { get; } =
    [
        ("home", "首页", UiIcons.Home, "/", null, []),
        ("registry", "居民信息", UiIcons.Team, null, null,
        [
            ("registry-search", "居民查询", "/registry", PlatformPermissions.RegistryRead),
            ("registry-imports", "批量导入", "/registry/imports", PlatformPermissions.RegistryImport),
        ]),
        ("plan", "规划指标", UiIcons.Dashboard, "/plan", PlatformPermissions.PlanRead, []),
        ("audit", "审计日志", UiIcons.File, "/audit", PlatformPermissions.AuditRead, []),
        ("admin", "系统管理", UiIcons.Settings, null, null,
        [
            ("admin-users", "用户与角色", "/admin/users", PlatformPermissions.UsersManage),
            ("admin-modules", "模块管理", "/admin/modules", PlatformPermissions.ModulesRead),
        ]),
    ];

    public static StaffUiManifest Build(ICallerContext caller, District district, ModuleCatalog catalog, ModuleEnablement enablement, ModuleUiCatalog descriptions)
    {
        var menu = new List<UiMenuNode>();
        foreach (var (key, title, icon, path, permission, children) in PlatformMenu)
        {
            var visible = children.Where(c => caller.HasPermission(c.Permission)).Select(c => new UiMenuNode(c.Key, c.Title, null, c.Path, [])).ToList();
            if ((permission is null || caller.HasPermission(permission)) && (path is not null || visible.Count > 0))
            {
                menu.Add(new UiMenuNode(key, title, icon, path, visible));
            }
        }

        var modules = new List<UiModule>();
        foreach (var id in enablement.EnabledIn(district.Id))
        {
            var manifest = catalog.FindLoaded(id)!.Manifest!;
            if (descriptions.Find(id) is not { } ui)
            {
                continue;
            }
            var pages = ui.Pages.Where(p => Allowed(caller, p.Permission)).ToDictionary(p => p.Id);
            var visiblePages = ui.Pages.Where(p => pages.ContainsKey(p.Id)).Select(p => ForCaller(p, caller, pages)).ToList();
            var entries = MenuFor(ui.Menu, $"/m/{id}", $"m:{id}", caller, pages);
            if (entries.Count == 0)
            {
                continue;
            }
            menu.Add(new UiMenuNode($"m:{id}", manifest.DisplayName, ui.Menu.FirstOrDefault(e => e.Icon is not null)?.Icon ?? UiIcons.List, null, entries));
            modules.Add(new UiModule(id, manifest.DisplayName, manifest.Version, $"/api/{id}", visiblePages));
        }
        return new StaffUiManifest(new UiDistrict(district.Id, district.Name, district.DivisionCode), menu, modules);
    }

    private static bool Allowed(ICallerContext caller, string? permission) => permission is null || caller.HasPermission(permission);

    private static bool Opens(string? route, IReadOnlyDictionary<string, UiPage> pages) => route is null || pages.ContainsKey(route.Split('/')[0]);

    private static List<UiMenuNode> MenuFor(IReadOnlyList<MenuEntry> entries, string basePath, string keyPrefix, ICallerContext caller, IReadOnlyDictionary<string, UiPage> pages)
    {
        var result = new List<UiMenuNode>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = $"{keyPrefix}:{i}";
            if (!Allowed(caller, entry.Permission))
            {
                continue;
            }
            if (entry.Route is not null)
            {
                if (Opens(entry.Route, pages))
                {
                    result.Add(new UiMenuNode(key, entry.Title, entry.Icon, $"{basePath}/{entry.Route}", []));
                }
                continue;
            }
            var children = MenuFor(entry.Children, basePath, key, caller, pages);
            if (children.Count > 0)
            {
                result.Add(new UiMenuNode(key, entry.Title, entry.Icon, null, children));
            }
        }
        return result;
    }

    /// <summary>The page without the actions and links the caller could not use.</summary>
    private static UiPage ForCaller(UiPage page, ICallerContext caller, IReadOnlyDictionary<string, UiPage> pages)
    {
        IReadOnlyList<UiAction> Usable(IReadOnlyList<UiAction> actions) =>
            actions.Where(a => Allowed(caller, a.Permission) && Opens(a.OpenPage, pages)).ToList();

        return page switch
        {
            ListPage list => list with
            {
                RowActions = Usable(list.RowActions),
                Actions = Usable(list.Actions),
                RowOpens = Opens(list.RowOpens, pages) ? list.RowOpens : null,
            },
            DetailPage detail => detail with { Actions = Usable(detail.Actions) },
            FormPage form => form with { AfterSubmit = Opens(form.AfterSubmit, pages) ? form.AfterSubmit : null },
            _ => page,
        };
    }
}
