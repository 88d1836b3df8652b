using Autofac;
using Minzheng.Modules.Charity.Data;
using Minzheng.Modules.Charity.Receipts;
using Minzheng.Modules.Charity.Recognition;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Charity;

/// <summary>慈善事业: the module's entry type. The host calls it once at start-up.</summary>
public sealed class CharityModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<CharityDb>();
        // Modules:charity:Recognition and the module's Holidays/WorkingWeekendDays, checked at start-up.
        builder.RegisterInstance(RecognitionOptions.From(context.Configuration)).AsSelf().SingleInstance();
        builder.RegisterInstance(ReceiptOptions.From(context.Configuration)).AsSelf().SingleInstance();
    }
}
