namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>What a minor of an age band needs to serve.</summary>
public enum MinorRequirement
{
    /// <summary>Nothing more than an adult.</summary>
    None = 0,

    /// <summary>监护人同意: the guardian's consent recorded on the volunteer.</summary>
    GuardianConsent = 1,

    /// <summary>监护人陪同: consent, and the guardian present at the activity.</summary>
    GuardianPresent = 2,

    /// <summary>不得参加: too young to serve.</summary>
    NotAllowed = 3,
}

/// <summary>One age band (from <see cref="FromAge"/> up to, not including, <see cref="ToAge"/>) and what it needs.</summary>
public sealed class MinorBand
{
    /// <summary>The youngest age of the band.</summary>
    public int FromAge { get; set; }

    /// <summary>The first age no longer in the band.</summary>
    public int ToAge { get; set; }

    /// <summary>What a volunteer of the band needs.</summary>
    public MinorRequirement Requirement { get; set; }
}

/// <summary>
/// <c>Modules:volunteer:MinorBands</c>: the age bands of minors. Default (志愿服务条例, 民政部 registration rules): under 8
/// not allowed, 8 to 17 with the guardian's consent. A province adds bands (guardian present under 10 …).
/// </summary>
public sealed class MinorOptions
{
    /// <summary>The bands; ages not in any band need nothing.</summary>
    public List<MinorBand> Bands { get; set; } = [];

    /// <summary>The national default.</summary>
    public static MinorOptions Default => new()
    {
        Bands =
        [
            new MinorBand { FromAge = 0, ToAge = 8, Requirement = MinorRequirement.NotAllowed },
            new MinorBand { FromAge = 8, ToAge = 18, Requirement = MinorRequirement.GuardianConsent },
        ],
    };

    /// <summary>What is wrong with the bands (overlaps, empty or negative ranges), or null.</summary>
    public string? Problem()
    {
        var sorted = Bands.OrderBy(b => b.FromAge).ToList();
        if (sorted.Any(b => b.FromAge < 0 || b.ToAge <= b.FromAge)) return "each band needs 0 <= FromAge < ToAge";
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].FromAge < sorted[i - 1].ToAge) return $"bands {sorted[i - 1].FromAge}-{sorted[i - 1].ToAge} and {sorted[i].FromAge}-{sorted[i].ToAge} overlap";
        }
        return null;
    }
}

/// <summary>The minors' rules: plain C#, no web, no database.</summary>
public static class MinorRules
{
    /// <summary>What a volunteer of <paramref name="age"/> needs.</summary>
    public static MinorRequirement RequirementFor(int age, MinorOptions options) =>
        options.Bands.FirstOrDefault(b => age >= b.FromAge && age < b.ToAge)?.Requirement ?? MinorRequirement.None;

    /// <summary>Why a volunteer of <paramref name="age"/> cannot be registered as given, or null.</summary>
    public static string? RefuseRegistration(int age, bool consentGiven, MinorOptions options) => RequirementFor(age, options) switch
    {
        MinorRequirement.NotAllowed => $"未满{BandEnd(age, options)}周岁的未成年人不能注册为志愿者",
        MinorRequirement.GuardianConsent or MinorRequirement.GuardianPresent when !consentGiven => $"{age}周岁的未成年人注册须有监护人同意（请填写监护人并确认已取得同意）",
        _ => null,
    };

    /// <summary>
    /// Why a volunteer of <paramref name="age"/> cannot sign up for an activity (<paramref name="suitableForMinors"/>,
    /// <paramref name="minimumAge"/>), or null. The rule refused is named.
    /// </summary>
    public static string? RefuseSignUp(int age, bool consentGiven, bool suitableForMinors, int? minimumAge, MinorOptions options)
    {
        if (minimumAge is { } min && age < min) return $"该活动要求年满{min}周岁，志愿者现年{age}周岁";
        var requirement = RequirementFor(age, options);
        if (requirement == MinorRequirement.None) return null;
        if (!suitableForMinors) return $"该活动不适合未成年人参加（志愿者现年{age}周岁）";
        return RefuseRegistration(age, consentGiven, options);
    }

    private static int BandEnd(int age, MinorOptions options) =>
        options.Bands.First(b => age >= b.FromAge && age < b.ToAge).ToAge;
}
