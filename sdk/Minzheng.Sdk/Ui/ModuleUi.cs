namespace Minzheng.Sdk.Ui;

/// <summary>The pages of a module and the menu entries that open them.</summary>
/// <example>
/// <code>
/// new ModuleUi
/// {
///     Menu = [new MenuEntry("走访记录", "visits") { Icon = UiIcons.Team }],
///     Pages = [new ListPage("visits", "走访记录", UiEndpoint.Get("visits")) { Columns = [new Column("name", "姓名")] }],
/// }
/// </code>
/// </example>
public sealed record ModuleUi
{
    /// <summary>
    /// The module's entries in the shell's menu, shown under the module's display name. An entry or
    /// page the caller lacks the permission for is left out; a group left empty is left out too.
    /// </summary>
    public IReadOnlyList<MenuEntry> Menu { get; init; } = [];

    /// <summary>Every page of the module, each with an id unique within the module.</summary>
    public IReadOnlyList<UiPage> Pages { get; init; } = [];

    /// <summary>
    /// What is wrong with this description, in English for the module's developer; empty when it is
    /// sound. The host refuses a description with problems, so a module's tests should assert this is empty.
    /// </summary>
    /// <param name="declaredPermissions">The permissions in the module's <c>module.json</c>; the platform's own are always allowed.</param>
    public IReadOnlyList<string> Problems(IEnumerable<string> declaredPermissions) => UiDescriptionRules.Check(this, declaredPermissions);
}

/// <summary>An entry in the shell's menu: it opens a page, or groups further entries.</summary>
/// <param name="Title">What staff read (Chinese).</param>
/// <param name="Route">
/// The page it opens: a page id, optionally followed by <c>/</c> and a record id (<c>"visits"</c>,
/// <c>"settings/current"</c>). Null for a group with <see cref="Children"/>.
/// </param>
public sealed record MenuEntry(string Title, string? Route = null)
{
    /// <summary>An icon name, one of <see cref="UiIcons"/>; the shell shows a neutral icon for a name it does not know.</summary>
    public string? Icon { get; init; }

    /// <summary>The permission needed to see the entry; when null, that of the page it opens.</summary>
    public string? Permission { get; init; }

    /// <summary>Entries under this one (a group).</summary>
    public IReadOnlyList<MenuEntry> Children { get; init; } = [];
}

/// <summary>The icon names the shell knows.</summary>
public static class UiIcons
{
    /// <summary>A document.</summary>
    public const string File = "file";
    /// <summary>People.</summary>
    public const string Team = "team";
    /// <summary>One person.</summary>
    public const string User = "user";
    /// <summary>Figures and charts.</summary>
    public const string Dashboard = "dashboard";
    /// <summary>A home, household.</summary>
    public const string Home = "home";
    /// <summary>Care, charity.</summary>
    public const string Heart = "heart";
    /// <summary>A gift, a subsidy.</summary>
    public const string Gift = "gift";
    /// <summary>Money.</summary>
    public const string Money = "money";
    /// <summary>A certificate, an approval.</summary>
    public const string Certificate = "certificate";
    /// <summary>Printing.</summary>
    public const string Printer = "printer";
    /// <summary>An organisation, a building.</summary>
    public const string Organisation = "organisation";
    /// <summary>A calendar, appointments.</summary>
    public const string Calendar = "calendar";
    /// <summary>Settings.</summary>
    public const string Settings = "settings";
    /// <summary>A list of records.</summary>
    public const string List = "list";
}
