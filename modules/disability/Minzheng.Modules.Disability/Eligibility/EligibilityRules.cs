using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Eligibility;

/// <summary>A rule that failed, named so staff know what to fix or why the person cannot be helped.</summary>
/// <param name="Rule">Stable code of the rule (also the problem detail's field name).</param>
/// <param name="Message">What staff read.</param>
public sealed record RuleFailure(string Rule, string Message);

/// <summary>What the applicant declares, which the registry does not know.</summary>
/// <param name="NeedsLongTermCare">Needs long-term care (more than 6 months): a condition of the care subsidy.</param>
/// <param name="ReceivesWorkInjuryCareAllowance">Receives a work-injury care allowance (工伤保险生活护理费): excludes the care subsidy.</param>
public sealed record ApplicantDeclaration(bool NeedsLongTermCare, bool ReceivesWorkInjuryCareAllowance)
{
    /// <summary>What discovery assumes of someone who has not applied: only the registry's facts count.</summary>
    public static ApplicantDeclaration Unknown { get; } = new(true, false);
}

/// <summary>The outcome of checking one subsidy for one resident on one day.</summary>
/// <param name="Failures">The rules that failed; empty when eligible.</param>
/// <param name="Certificate">The certificate the subsidy rests on (the most severe valid one), when there is one.</param>
public sealed record Eligibility(IReadOnlyList<RuleFailure> Failures, DisabilityCertificate? Certificate)
{
    /// <summary>Whether every rule passed.</summary>
    public bool IsEligible => Failures.Count == 0;
}

/// <summary>
/// Who may receive each subsidy (DOMAIN.md, "Disability subsidies"). Plain C#: the registry record and
/// the policy in, the failed rules out.
/// </summary>
public static class EligibilityRules
{
    /// <summary>Rule codes.</summary>
    public const string Alive = "alive", Hukou = "hukou", Certificate = "certificate", Welfare = "welfare",
        Destitute = "destitute", Grade = "grade", LongTermCare = "longTermCare", WorkInjury = "workInjury";

    /// <summary>Checks <paramref name="kind"/> for <paramref name="resident"/> on <paramref name="day"/>.</summary>
    public static Eligibility Check(ResidentRecord resident, SubsidyKind kind, DateOnly day, SubsidyPolicy policy, ApplicantDeclaration declaration)
    {
        var failures = new List<RuleFailure>();
        if (resident.Status == ResidentStatus.Deceased)
        {
            failures.Add(new(Alive, "申请对象已死亡"));
        }
        if (resident.Status == ResidentStatus.MovedOut)
        {
            failures.Add(new(Hukou, "申请对象户籍已迁出本区"));
        }

        var valid = resident.DisabilityCertificates.Where(c => c.IsValidOn(day)).ToList();
        var qualifying = kind == SubsidyKind.LivingSubsidy ? valid : valid.Where(c => QualifiesForCare(c, policy)).ToList();
        var certificate = qualifying.OrderBy(c => c.Grade).ThenByDescending(c => c.ValidUntil).FirstOrDefault();
        if (valid.Count == 0)
        {
            failures.Add(new(Certificate, resident.DisabilityCertificates.Count == 0 ? "申请对象没有残疾人证" : "申请对象的残疾人证已过期或已注销"));
        }
        else if (certificate is null)
        {
            failures.Add(new(Grade, policy.CareExtendsToGrade3And4IntellectualMental
                ? "护理补贴限残疾等级为一级、二级，或三级、四级智力、精神残疾"
                : "护理补贴限残疾等级为一级、二级（重度残疾）"));
        }

        var destitute = resident.WelfareStatuses.Any(w => w.Kind == WelfareKind.DestitutePersonSupport && w.HoldsOn(day));
        if (destitute && policy.ExcludeDestitutePersons)
        {
            failures.Add(new(Destitute, "特困供养人员不享受两项补贴"));
        }

        if (kind == SubsidyKind.LivingSubsidy && !destitute && !HoldsLowIncomeStatus(resident, day, policy))
        {
            failures.Add(new(Welfare, policy.LivingExtendsToLowIncome
                ? "生活补贴限低保家庭或低保边缘家庭的残疾人"
                : "生活补贴限低保家庭的残疾人"));
        }

        if (kind == SubsidyKind.CareSubsidy)
        {
            if (!declaration.NeedsLongTermCare)
            {
                failures.Add(new(LongTermCare, "护理补贴限需要长期照护（6个月以上）的残疾人"));
            }
            if (declaration.ReceivesWorkInjuryCareAllowance)
            {
                failures.Add(new(WorkInjury, "已享受工伤保险生活护理费的，不再享受护理补贴"));
            }
        }
        return new Eligibility(failures, certificate);
    }

    /// <summary>
    /// The last day someone who is no longer eligible on <paramref name="today"/> still was: the end of the
    /// certificate or welfare status the subsidy rested on, or the day before today when the records do not say.
    /// </summary>
    public static DateOnly LastEligibleDay(ResidentRecord resident, SubsidyKind kind, DateOnly today, SubsidyPolicy policy, ApplicantDeclaration declaration)
    {
        var yesterday = today.AddDays(-1);
        var candidates = resident.DisabilityCertificates.Select(c => c.ValidUntil)
            .Concat(resident.WelfareStatuses.Where(w => w.EndsOn is not null).Select(w => w.EndsOn!.Value))
            .Concat(resident.StatusDate is { } d ? [d] : [])
            .Where(d => d < today)
            .Distinct()
            .OrderDescending();
        // The latest recorded end after which the person was ineligible: check the day after each.
        foreach (var end in candidates)
        {
            if (Check(resident, kind, end, policy, declaration).IsEligible && !Check(resident, kind, end.AddDays(1), policy, declaration).IsEligible)
            {
                return end;
            }
        }
        return yesterday;
    }

    private static bool QualifiesForCare(DisabilityCertificate certificate, SubsidyPolicy policy) =>
        certificate.Grade is 1 or 2
        || (policy.CareExtendsToGrade3And4IntellectualMental && certificate.Grade is 3 or 4
            && certificate.Category is DisabilityCategory.Intellectual or DisabilityCategory.Mental);

    private static bool HoldsLowIncomeStatus(ResidentRecord resident, DateOnly day, SubsidyPolicy policy) =>
        resident.WelfareStatuses.Any(w => w.HoldsOn(day)
            && (w.Kind == WelfareKind.MinimumLivingAllowance
                || (policy.LivingExtendsToLowIncome && w.Kind == WelfareKind.NearMinimumLivingAllowance)));
}
