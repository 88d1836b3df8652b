using Autofac;
using Microsoft.Extensions.Configuration;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Modules.Disability.Rosters;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Disability;

/// <summary>残疾人两项补贴: registers the module's database, policy and services.</summary>
public sealed class DisabilityModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<DisabilityDb>();
        builder.RegisterInstance(PolicyConfiguration.Read(context.Configuration)).AsSelf().SingleInstance();
        builder.RegisterType<RosterGenerator>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<EntitlementStopper>().AsSelf().InstancePerLifetimeScope();
    }
}

/// <summary>Reads <see cref="SubsidyPolicy"/> from the module's configuration section.</summary>
public static class PolicyConfiguration
{
    /// <summary>
    /// Keys: <c>LivingExtendsToLowIncome</c>, <c>CareExtendsToGrade3And4IntellectualMental</c>,
    /// <c>ExcludeDestitutePersons</c>, <c>NoticeDays</c>, <c>ReviewIntervalMonths</c>, and
    /// <c>Rates:n:From|Living|CareGrade1..4</c>. Absent keys keep the defaults.
    /// </summary>
    public static SubsidyPolicy Read(IConfiguration configuration)
    {
        var defaults = new SubsidyPolicy();
        var rates = configuration.GetSection("Rates").GetChildren()
            .Select(r => new SubsidyRate(
                DateOnly.Parse(r["From"] ?? throw new InvalidOperationException("Modules:disability:Rates: every rate needs a From date."), System.Globalization.CultureInfo.InvariantCulture),
                r.GetValue<decimal>("Living"), r.GetValue<decimal>("CareGrade1"), r.GetValue<decimal>("CareGrade2"),
                r.GetValue("CareGrade3", r.GetValue<decimal>("CareGrade2")), r.GetValue("CareGrade4", r.GetValue<decimal>("CareGrade2"))))
            .ToList();
        return defaults with
        {
            LivingExtendsToLowIncome = configuration.GetValue("LivingExtendsToLowIncome", defaults.LivingExtendsToLowIncome),
            CareExtendsToGrade3And4IntellectualMental = configuration.GetValue("CareExtendsToGrade3And4IntellectualMental", defaults.CareExtendsToGrade3And4IntellectualMental),
            ExcludeDestitutePersons = configuration.GetValue("ExcludeDestitutePersons", defaults.ExcludeDestitutePersons),
            NoticeDays = configuration.GetValue("NoticeDays", defaults.NoticeDays),
            ReviewIntervalMonths = configuration.GetValue("ReviewIntervalMonths", defaults.ReviewIntervalMonths),
            Rates = rates.Count > 0 ? rates : defaults.Rates,
        };
    }
}
