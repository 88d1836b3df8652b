using Microsoft.Extensions.Configuration;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>
/// Recognition's settings (<c>Modules:charity:Recognition</c>, the calendar from the module's <c>Holidays</c> and
/// <c>WorkingWeekendDays</c>): the decision's deadline (慈善组织认定办法: 20 days for an existing organisation, 30 with a new
/// registration), in working or calendar days, the warning before it, and the refusal grounds' thresholds.
/// </summary>
public sealed class RecognitionOptions
{
    /// <summary>Days for an existing organisation (<c>ExistingDays</c>, default 20).</summary>
    public int ExistingDays { get; init; } = 20;

    /// <summary>Days for an organisation applying with its registration (<c>NewRegistrationDays</c>, default 30).</summary>
    public int NewRegistrationDays { get; init; } = 30;

    /// <summary>Whether the days are working days (<c>WorkingDays</c>, default true) or calendar days.</summary>
    public bool WorkingDays { get; init; } = true;

    /// <summary>Calendar days before the deadline from which the application shows as near it (<c>WarnDays</c>, default 5).</summary>
    public int WarnDays { get; init; } = 5;

    /// <summary>Years before the application in which a penalty refuses it (<c>PenaltyYears</c>, default 2).</summary>
    public int PenaltyYears { get; init; } = 2;

    /// <summary>The least share of last year's spending on charitable activities (<c>MinCharitableShare</c>, default 0.70).</summary>
    public decimal MinCharitableShare { get; init; } = 0.70m;

    /// <summary>The most share of last year's spending on management (<c>MaxManagementShare</c>, default 0.13).</summary>
    public decimal MaxManagementShare { get; init; } = 0.13m;

    /// <summary>The working-day calendar.</summary>
    public HolidayCalendar Calendar { get; init; } = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    /// <summary>Reads the settings; throws with the key named when a value cannot work.</summary>
    public static RecognitionOptions From(IConfiguration module)
    {
        var section = module.GetSection("Recognition");
        var d = new RecognitionOptions();
        var options = new RecognitionOptions
        {
            ExistingDays = section.GetValue("ExistingDays", d.ExistingDays),
            NewRegistrationDays = section.GetValue("NewRegistrationDays", d.NewRegistrationDays),
            WorkingDays = section.GetValue("WorkingDays", d.WorkingDays),
            WarnDays = section.GetValue("WarnDays", d.WarnDays),
            PenaltyYears = section.GetValue("PenaltyYears", d.PenaltyYears),
            MinCharitableShare = section.GetValue("MinCharitableShare", d.MinCharitableShare),
            MaxManagementShare = section.GetValue("MaxManagementShare", d.MaxManagementShare),
            Calendar = HolidayCalendar.FromConfiguration(module),
        };
        if (options.ExistingDays is < 1 or > 90 || options.NewRegistrationDays is < 1 or > 90)
            throw new InvalidOperationException("Modules:charity:Recognition: ExistingDays and NewRegistrationDays must be 1 to 90.");
        if (options.WarnDays is < 0 or > 60 || options.PenaltyYears is < 0 or > 10)
            throw new InvalidOperationException("Modules:charity:Recognition: WarnDays 0 to 60, PenaltyYears 0 to 10.");
        if (options.MinCharitableShare is < 0 or > 1 || options.MaxManagementShare is < 0 or > 1)
            throw new InvalidOperationException("Modules:charity:Recognition: MinCharitableShare and MaxManagementShare are shares from 0 to 1.");
        return options;
    }
}
