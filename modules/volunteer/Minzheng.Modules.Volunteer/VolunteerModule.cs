using Autofac;
using Microsoft.Extensions.Configuration;
using Minzheng.Modules.Volunteer.CheckIn;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Import;
using Minzheng.Modules.Volunteer.Reports;
using Minzheng.Modules.Volunteer.Stars;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer;

/// <summary>志愿服务: the module's entry type. The host calls it once at start-up.</summary>
public sealed class VolunteerModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<VolunteerDb>();
        // Modules:volunteer:MinorBands: the province's age bands; without them the national default.
        var bands = context.Configuration.GetSection("MinorBands").Get<List<MinorBand>>();
        var minors = bands is { Count: > 0 } ? new MinorOptions { Bands = bands } : MinorOptions.Default;
        if (minors.Problem() is { } problem) throw new InvalidOperationException($"Modules:volunteer:MinorBands: {problem}.");
        builder.RegisterInstance(minors).AsSelf().SingleInstance();
        var checkIn = new CheckInOptions { LinkMinutes = context.Configuration.GetValue("CheckInLinkMinutes", 120) };
        if (checkIn.LinkMinutes is < 1 or > 1440) throw new InvalidOperationException("Modules:volunteer:CheckInLinkMinutes must be 1 to 1440.");
        builder.RegisterInstance(checkIn).AsSelf().SingleInstance();
        builder.RegisterType<CheckInLinks>().AsSelf().SingleInstance();
        builder.RegisterType<HoursReport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<StarRun>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<VolunteerFileImport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<HoursFileImport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterInstance(Stars(context.Configuration)).AsSelf().SingleInstance();
    }

    // Modules:volunteer:Stars (levels, publicity, bar) and the module's holidays for the publicity's working days.
    private static StarOptions Stars(IConfiguration configuration)
    {
        var section = configuration.GetSection("Stars");
        var thresholds = section.GetSection("Thresholds").Get<List<decimal>>();
        var defaults = new StarOptions();
        var stars = new StarOptions
        {
            Thresholds = thresholds is { Count: > 0 } ? thresholds : defaults.Thresholds,
            PublicityWorkingDays = section.GetValue("PublicityWorkingDays", defaults.PublicityWorkingDays),
            BarYears = section.GetValue("BarYears", defaults.BarYears),
            ScheduledRun = section.GetValue("ScheduledRun", defaults.ScheduledRun),
            Calendar = HolidayCalendar.FromConfiguration(configuration),
        };
        return stars.Problem() is { } problem ? throw new InvalidOperationException($"Modules:volunteer:Stars: {problem}.") : stars;
    }
}
