using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery;

/// <summary>福利彩票's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class LotteryUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("销售网点", "outlets") { Icon = UiIcons.List },
            new MenuEntry("设立申请", "new-outlet") { Icon = UiIcons.File },
        ],
        Pages = [OutletPages.List, OutletPages.New, OutletPages.Detail],
    };
}
