using Microsoft.Extensions.Configuration;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>
/// The module's configuration (section <c>Modules:marriage</c>):
/// <code>
/// "Modules": { "marriage": {
///   "Offices": { "wansheng": { "Code": "500110", "Name": "万盛经开区婚姻登记处" } },
///   "Holidays": [ "2026-10-01..2026-10-07" ], "WorkingWeekendDays": [ "2026-09-27" ], "WeekendsAreHolidays": true,
///   "AppointmentCapacity": { "marriage": 40, "divorce": 20 } } }
/// </code>
/// </summary>
public sealed class MarriageOptions
{
    /// <summary>The registration office of each district, by district id.</summary>
    public IReadOnlyDictionary<string, Office> Offices { get; init; } = new Dictionary<string, Office>();

    /// <summary>The holiday calendar shared by the deployment.</summary>
    public HolidayCalendar Calendar { get; init; } = HolidayCalendar.None;

    /// <summary>Appointments per day, by service; a service not listed takes <see cref="DefaultCapacity"/>.</summary>
    public IReadOnlyDictionary<string, int> AppointmentCapacity { get; init; } = new Dictionary<string, int>();

    /// <summary>Daily appointments of a service without its own figure.</summary>
    public int DefaultCapacity { get; init; } = 20;

    /// <summary>Appointments per day of <paramref name="service"/>.</summary>
    public int CapacityOf(string service) => AppointmentCapacity.GetValueOrDefault(service, DefaultCapacity);

    /// <summary>The office of <paramref name="districtId"/>, or null when it is not configured.</summary>
    public Office? OfficeOf(string districtId) => Offices.GetValueOrDefault(districtId) ?? Offices.GetValueOrDefault("*");

    /// <summary>Reads the options; a malformed date names the offending entry.</summary>
    /// <exception cref="InvalidOperationException">A date or an office code is malformed.</exception>
    public static MarriageOptions From(IConfiguration configuration)
    {
        var offices = new Dictionary<string, Office>();
        foreach (var office in configuration.GetSection("Offices").GetChildren())
        {
            var code = office["Code"] ?? "";
            if (code.Length != 6 || code.Any(c => c is < '0' or > '9'))
            {
                throw new InvalidOperationException($"Modules:marriage:Offices:{office.Key}:Code must be the office's 6-digit division code.");
            }
            offices[office.Key] = new Office(code, office["Name"] ?? "婚姻登记处");
        }
        var capacity = configuration.GetSection("AppointmentCapacity").GetChildren()
            .ToDictionary(c => c.Key, c => int.Parse(c.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture));
        return new MarriageOptions
        {
            Offices = offices,
            Calendar = HolidayCalendar.FromConfiguration(configuration),
            AppointmentCapacity = capacity,
            DefaultCapacity = int.TryParse(configuration["DefaultCapacity"], out var fallback) ? fallback : 20,
        };
    }
}

/// <summary>A marriage registration office (婚姻登记机关).</summary>
/// <param name="Code">Its 6-digit division code, as printed in certificate numbers.</param>
/// <param name="Name">Its name, as printed on documents.</param>
public sealed record Office(string Code, string Name);
