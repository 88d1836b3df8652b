namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>A point on the earth (WGS-84 degrees), as a map or a phone gives it.</summary>
/// <param name="Latitude">纬度, −90 to 90.</param>
/// <param name="Longitude">经度, −180 to 180.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>The great-circle distance to <paramref name="other"/> in metres (haversine; within a district a metre or so off at most).</summary>
    public double MetersTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Whether the coordinates are on the earth.</summary>
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}

/// <summary>The siting rules (provincial; configuration <c>Modules:lottery:Siting</c>).</summary>
public sealed class SitingOptions
{
    /// <summary>Least distance from a school, metres (default 200).</summary>
    public double SchoolDistanceMeters { get; set; } = 200;

    /// <summary>Least distance from another open 专营 outlet, for a 专营 outlet, metres (default 200).</summary>
    public double OutletDistanceMeters { get; set; } = 200;

    /// <summary>How many of the nearest places the check lists (default 3 of each).</summary>
    public int NearestShown { get; set; } = 3;

    /// <summary>For how many years after a penalty (the violations list) its operator may not open an outlet (default 3).</summary>
    public int ViolationYears { get; set; } = 3;
}

/// <summary>The applicant operator's penalties (the violations list, by ID number or credit code) and the day checked.</summary>
/// <param name="PenalisedOn">The decision dates of the operator's penalties, any outlet's.</param>
/// <param name="Today">The day of the check.</param>
public sealed record OperatorRecord(IReadOnlyList<DateOnly> PenalisedOn, DateOnly Today);

/// <summary>A place the check measured from, and how far it is.</summary>
/// <param name="Kind">school or outlet.</param>
/// <param name="Name">Its name.</param>
/// <param name="Meters">The distance, rounded to a metre.</param>
/// <param name="TooClose">Whether it breaks the rule.</param>
public sealed record NearbyPlace(string Kind, string Name, int Meters, bool TooClose);

/// <summary>What the siting check found: the rules broken (empty when none), and the nearest schools and outlets.</summary>
public sealed record SitingReport(IReadOnlyList<string> Breaches, IReadOnlyList<NearbyPlace> Nearest)
{
    /// <summary>Whether the site passes.</summary>
    public bool Passes => Breaches.Count == 0;

    /// <summary>The nearest places as staff read them on the outlet's page (学校“…”150米（过近）；专营店“…”420米); empty when none is known.</summary>
    public string NearestText => string.Join("；", Nearest.Select(p => $"{(p.Kind == "school" ? "学校" : "专营店")}“{p.Name}”{p.Meters}米{(p.TooClose ? "（过近）" : "")}"));
}

/// <summary>
/// The siting check, plain C#: distances from schools and, for a 专营 outlet, from the other open 专营 outlets; and the
/// operator not on the violations list within the configured years.
/// </summary>
public static class SitingRules
{
    /// <summary>Checks <paramref name="site"/> of an outlet of <paramref name="kind"/>.</summary>
    public static SitingReport Check(GeoPoint site, OutletKind kind, IEnumerable<(string Name, GeoPoint At)> schools,
        IEnumerable<(string Name, GeoPoint At)> dedicatedOutlets, SitingOptions options, OperatorRecord? operatorRecord = null)
    {
        var nearSchools = schools.Select(s => (s.Name, Meters: site.MetersTo(s.At))).OrderBy(s => s.Meters).ToList();
        var nearOutlets = dedicatedOutlets.Select(o => (o.Name, Meters: site.MetersTo(o.At))).OrderBy(o => o.Meters).ToList();
        var breaches = new List<string>();
        if (nearSchools.FirstOrDefault(s => s.Meters < options.SchoolDistanceMeters) is { Name: not null } school)
        {
            breaches.Add($"距学校“{school.Name}”{Math.Round(school.Meters)}米，不足{options.SchoolDistanceMeters}米");
        }
        var outletRule = kind == OutletKind.Dedicated;
        if (outletRule && nearOutlets.FirstOrDefault(o => o.Meters < options.OutletDistanceMeters) is { Name: not null } outlet)
        {
            breaches.Add($"距专营店“{outlet.Name}”{Math.Round(outlet.Meters)}米，不足{options.OutletDistanceMeters}米");
        }
        if (operatorRecord?.PenalisedOn.Where(d => Listed(d, operatorRecord.Today, options.ViolationYears)).DefaultIfEmpty().Max() is { } listed && listed != default)
        {
            breaches.Add($"业主在违规名单中（{listed:yyyy-MM-dd}受到处罚，{options.ViolationYears}年内不得设立网点）");
        }
        var nearest = nearSchools.Take(options.NearestShown).Select(s => new NearbyPlace("school", s.Name, (int)Math.Round(s.Meters), s.Meters < options.SchoolDistanceMeters))
            .Concat(nearOutlets.Take(options.NearestShown).Select(o => new NearbyPlace("outlet", o.Name, (int)Math.Round(o.Meters),
                outletRule && o.Meters < options.OutletDistanceMeters)))
            .ToList();
        return new SitingReport(breaches, nearest);
    }

    /// <summary>
    /// Whether an operator penalised on <paramref name="penalisedOn"/> is still on the violations list on <paramref name="today"/>
    /// (listed for <paramref name="years"/> years from the decision).
    /// </summary>
    public static bool Listed(DateOnly penalisedOn, DateOnly today, int years) => penalisedOn > today.AddYears(-years) && penalisedOn <= today;
}
