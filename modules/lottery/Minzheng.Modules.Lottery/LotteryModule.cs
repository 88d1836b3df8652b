using Autofac;
using Microsoft.Extensions.Configuration;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Dashboard;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Modules.Lottery.Sales;
using Minzheng.Modules.Lottery.Terminals;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Lottery;

/// <summary>福利彩票: the module's entry type. The host calls it once at start-up.</summary>
public sealed class LotteryModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<LotteryDb>();
        // Modules:lottery:Siting: the province's distances; the defaults are the common 200 m.
        var siting = context.Configuration.GetSection("Siting").Get<SitingOptions>() ?? new SitingOptions();
        if (siting.SchoolDistanceMeters < 0 || siting.OutletDistanceMeters < 0 || siting.NearestShown < 1 || siting.ViolationYears < 0)
        {
            throw new InvalidOperationException("Modules:lottery:Siting: distances must be 0 or more metres, NearestShown at least 1, ViolationYears 0 or more.");
        }
        builder.RegisterInstance(siting).AsSelf().SingleInstance();
        // Modules:lottery:Sales:Games: the game kinds a sales file may name (the sales centre's own list).
        var sales = context.Configuration.GetSection("Sales").Get<SalesOptions>() ?? new SalesOptions();
        if (sales.Games.Count == 0 || sales.Games.Any(g => string.IsNullOrWhiteSpace(g) || g.Length > 20) || sales.Games.Distinct().Count() != sales.Games.Count)
        {
            throw new InvalidOperationException("Modules:lottery:Sales:Games: name at least one game kind, each once, of 1 to 20 characters.");
        }
        builder.RegisterInstance(sales).AsSelf().SingleInstance();
        builder.RegisterType<SalesFileImport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SalesReport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<FundPosting>().AsSelf().InstancePerLifetimeScope();
        // Modules:lottery:Disclosure:WarnDaysBefore: how early before 6-30 the reminder starts.
        var disclosure = context.Configuration.GetSection("Disclosure").Get<DisclosureOptions>() ?? new DisclosureOptions();
        if (disclosure.WarnDaysBefore is < 0 or > 180)
        {
            throw new InvalidOperationException("Modules:lottery:Disclosure:WarnDaysBefore: 0 to 180 days.");
        }
        builder.RegisterInstance(disclosure).AsSelf().SingleInstance();
        // Modules:lottery:Targets: the plan's sales and fund targets (its text, not its table), the 14th plan's by default.
        builder.RegisterInstance((context.Configuration.GetSection("Targets").Get<TargetOptions>() ?? new TargetOptions()).Checked()).AsSelf().SingleInstance();
        RegisterSupervision(builder, context);
    }

    // Modules:lottery:Contracts, :Terminals, :Inspections: the supervision's settings, checked at start-up.
    private static void RegisterSupervision(ContainerBuilder builder, ModuleContext context)
    {
        var contracts = context.Configuration.GetSection("Contracts").Get<ContractOptions>() ?? new ContractOptions();
        var terminals = context.Configuration.GetSection("Terminals").Get<TerminalOptions>() ?? new TerminalOptions();
        if (contracts.ExpiringWithinDays < 0 || terminals.MaxPerDedicatedOutlet < 1 || terminals.MaxPerSharedOutlet < 1)
        {
            throw new InvalidOperationException("Modules:lottery: Contracts:ExpiringWithinDays 0 or more; Terminals:MaxPerDedicatedOutlet and MaxPerSharedOutlet at least 1.");
        }
        builder.RegisterInstance(contracts).AsSelf().SingleInstance();
        builder.RegisterInstance(terminals).AsSelf().SingleInstance();
        builder.RegisterInstance((context.Configuration.GetSection("Inspections").Get<InspectionOptions>() ?? new InspectionOptions()).Checked()).AsSelf().SingleInstance();
    }
}
