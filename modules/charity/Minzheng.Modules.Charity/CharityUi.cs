using Minzheng.Modules.Charity.Organisations;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Charity;

/// <summary>慈善事业's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class CharityUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("社会组织", "organisations") { Icon = UiIcons.List },
        ],
        Pages = [OrganisationPages.List, OrganisationPages.Detail],
    };
}
