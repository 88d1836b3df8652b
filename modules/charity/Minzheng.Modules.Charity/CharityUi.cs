using Minzheng.Modules.Charity.Donations;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Modules.Charity.Receipts;
using Minzheng.Modules.Charity.Recognition;
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
            new MenuEntry("社会组织", "organisations") { Icon = UiIcons.Organisation },
            new MenuEntry("慈善组织认定", "recognitions") { Icon = UiIcons.Certificate },
            new MenuEntry("捐赠登记", "donations") { Icon = UiIcons.Gift },
            new MenuEntry("捐赠票据", "receipts") { Icon = UiIcons.Printer },
            new MenuEntry("票据领用", "receipt-stock") { Icon = UiIcons.List },
        ],
        Pages = [OrganisationPages.List, OrganisationPages.Detail, RecognitionPages.List, RecognitionPages.New, RecognitionPages.Detail,
            DonationPages.List, DonationPages.New, DonationPages.Detail,
            ReceiptPages.List, ReceiptPages.Detail, ReceiptPages.Print, ReceiptPages.Stock, ReceiptPages.NewStock, ReceiptPages.Gaps],
    };
}
