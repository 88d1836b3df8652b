namespace Minzheng.Modules.Disability.Eligibility;

/// <summary>
/// The parts of the rules a locality decides (configuration <c>Modules:disability</c>). Defaults follow
/// 国发〔2015〕52号 and 渝民发〔2021〕15号 as read in DOMAIN.md; those marked unconfirmed must be checked
/// against the district's current notice before going live.
/// </summary>
public sealed record SubsidyPolicy
{
    /// <summary>
    /// Living subsidy also for residents of 低保边缘 (other low-income) households, not only 低保.
    /// Default false: the national rule names 低保 households; extension is a local choice.
    /// </summary>
    public bool LivingExtendsToLowIncome { get; init; }

    /// <summary>
    /// Care subsidy also for grade 3–4 intellectual or mental disability. Default false (local choice).
    /// </summary>
    public bool CareExtendsToGrade3And4IntellectualMental { get; init; }

    /// <summary>
    /// Whether 特困供养 excludes the subsidies. Default true: Chongqing does not combine them with 特困供养.
    /// </summary>
    public bool ExcludeDestitutePersons { get; init; } = true;

    /// <summary>Public notice (公示) in the village before the district decides, in days. Default 7.</summary>
    public int NoticeDays { get; init; } = 7;

    /// <summary>Months between annual reviews (年审). Default 12.</summary>
    public int ReviewIntervalMonths { get; init; } = 12;

    /// <summary>Monthly amounts, each from a date on. Unconfirmed; default the 2026 amounts of DOMAIN.md.</summary>
    public IReadOnlyList<SubsidyRate> Rates { get; init; } = DefaultRates;

    /// <summary>From 2026-01-01: living 100 元; care 110 元 grade 1, 100 元 grade 2 (and 100 元 for an extended grade 3–4).</summary>
    public static IReadOnlyList<SubsidyRate> DefaultRates { get; } =
        [new SubsidyRate(new DateOnly(2026, 1, 1), 100m, 110m, 100m, 100m, 100m)];
}

/// <summary>Monthly amounts in force from <paramref name="From"/> until the next rate's date.</summary>
/// <param name="From">First day the amounts apply (a rate applies to a month when in force on its first day).</param>
/// <param name="Living">困难残疾人生活补贴, 元/月.</param>
/// <param name="CareGrade1">重度残疾人护理补贴 for grade 1, 元/月.</param>
/// <param name="CareGrade2">Grade 2.</param>
/// <param name="CareGrade3">Grade 3 (only where the care subsidy is extended).</param>
/// <param name="CareGrade4">Grade 4 (only where the care subsidy is extended).</param>
public sealed record SubsidyRate(DateOnly From, decimal Living, decimal CareGrade1, decimal CareGrade2, decimal CareGrade3, decimal CareGrade4);
