using Minzheng.Modules.Sample.Applications;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Sample;

/// <summary>示例模块's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class SampleUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("受理申请", "new-application") { Icon = UiIcons.File },
            new MenuEntry("申请列表", "applications") { Icon = UiIcons.List },
        ],
        Pages = [ApplicationPages.List, ApplicationPages.New, ApplicationPages.Detail],
    };
}
