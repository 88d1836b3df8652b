using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Registry;
using static Minzheng.Modules.Disability.Tests.Rules.Residents;

namespace Minzheng.Modules.Disability.Tests.Rules;

public sealed class EligibilityRulesTests
{
    private static readonly SubsidyPolicy Policy = new();
    private static readonly ApplicantDeclaration NeedsCare = new(NeedsLongTermCare: true, ReceivesWorkInjuryCareAllowance: false);

    private static string[] Failed(ResidentRecord resident, SubsidyKind kind, SubsidyPolicy? policy = null, ApplicantDeclaration? declaration = null) =>
        EligibilityRules.Check(resident, kind, Today, policy ?? Policy, declaration ?? NeedsCare).Failures.Select(f => f.Rule).ToArray();

    [Fact]
    public void A_dibao_resident_with_a_valid_certificate_gets_the_living_subsidy()
    {
        var result = EligibilityRules.Check(With(), SubsidyKind.LivingSubsidy, Today, Policy, NeedsCare);
        Assert.True(result.IsEligible);
        Assert.Equal(1, result.Certificate!.Grade);
    }

    [Fact]
    public void Living_subsidy_needs_dibao_unless_extended_to_low_income_households()
    {
        var nearDibao = With(welfare: [new WelfareStatus(WelfareKind.NearMinimumLivingAllowance, new DateOnly(2025, 1, 1), null)]);
        Assert.Equal([EligibilityRules.Welfare], Failed(nearDibao, SubsidyKind.LivingSubsidy));
        Assert.Empty(Failed(nearDibao, SubsidyKind.LivingSubsidy, Policy with { LivingExtendsToLowIncome = true }));
        Assert.Equal([EligibilityRules.Welfare], Failed(With(welfare: []), SubsidyKind.LivingSubsidy, Policy with { LivingExtendsToLowIncome = true }));
    }

    [Fact]
    public void An_ended_dibao_status_does_not_count()
    {
        var ended = With(welfare: [Dibao(new DateOnly(2024, 1, 1), new DateOnly(2026, 5, 31))]);
        Assert.Equal([EligibilityRules.Welfare], Failed(ended, SubsidyKind.LivingSubsidy));
    }

    [Fact]
    public void Care_subsidy_is_for_grades_1_and_2_and_needs_no_welfare_status()
    {
        Assert.Empty(Failed(With(certificates: [Certificate(grade: 2)], welfare: []), SubsidyKind.CareSubsidy));
        Assert.Equal([EligibilityRules.Grade], Failed(With(certificates: [Certificate(grade: 3)]), SubsidyKind.CareSubsidy));
    }

    [Theory]
    [InlineData(DisabilityCategory.Intellectual, 3, true)]
    [InlineData(DisabilityCategory.Mental, 4, true)]
    [InlineData(DisabilityCategory.Physical, 3, false)]
    public void Care_subsidy_may_be_extended_to_grade_3_and_4_intellectual_or_mental(DisabilityCategory category, int grade, bool eligibleWhenExtended)
    {
        var resident = With(certificates: [Certificate(category, grade)]);
        Assert.Equal([EligibilityRules.Grade], Failed(resident, SubsidyKind.CareSubsidy));
        Assert.Equal(eligibleWhenExtended, Failed(resident, SubsidyKind.CareSubsidy, Policy with { CareExtendsToGrade3And4IntellectualMental = true }).Length == 0);
    }

    [Fact]
    public void Care_subsidy_needs_long_term_care_and_no_work_injury_allowance()
    {
        Assert.Equal([EligibilityRules.LongTermCare], Failed(With(), SubsidyKind.CareSubsidy, declaration: new(false, false)));
        Assert.Equal([EligibilityRules.WorkInjury], Failed(With(), SubsidyKind.CareSubsidy, declaration: new(true, true)));
    }

    [Fact]
    public void An_expired_or_missing_certificate_fails_the_certificate_rule()
    {
        var expired = With(certificates: [Certificate(validUntil: new DateOnly(2026, 6, 14))]);
        Assert.Equal([EligibilityRules.Certificate], Failed(expired, SubsidyKind.LivingSubsidy));
        var none = EligibilityRules.Check(With(certificates: []), SubsidyKind.LivingSubsidy, Today, Policy, NeedsCare);
        Assert.Equal("申请对象没有残疾人证", Assert.Single(none.Failures).Message);
    }

    [Fact]
    public void The_deceased_and_the_moved_out_are_refused_by_name()
    {
        Assert.Contains(EligibilityRules.Alive, Failed(With(status: ResidentStatus.Deceased, statusDate: Today), SubsidyKind.LivingSubsidy));
        Assert.Contains(EligibilityRules.Hukou, Failed(With(status: ResidentStatus.MovedOut, statusDate: Today), SubsidyKind.CareSubsidy));
    }

    [Fact]
    public void Destitute_persons_are_excluded_unless_the_locality_combines_them()
    {
        var destitute = With(welfare: [new WelfareStatus(WelfareKind.DestitutePersonSupport, new DateOnly(2025, 1, 1), null)]);
        Assert.Equal([EligibilityRules.Destitute], Failed(destitute, SubsidyKind.LivingSubsidy));
        Assert.Equal([EligibilityRules.Destitute], Failed(destitute, SubsidyKind.CareSubsidy));
        Assert.Empty(Failed(destitute, SubsidyKind.CareSubsidy, Policy with { ExcludeDestitutePersons = false }));
    }

    [Fact]
    public void The_most_severe_valid_certificate_is_the_one_the_subsidy_rests_on()
    {
        var resident = With(certificates: [Certificate(grade: 3), Certificate(DisabilityCategory.Visual, 2)]);
        Assert.Equal(DisabilityCategory.Visual, EligibilityRules.Check(resident, SubsidyKind.CareSubsidy, Today, Policy, NeedsCare).Certificate!.Category);
    }

    [Fact]
    public void The_last_eligible_day_is_the_end_of_what_the_subsidy_rested_on()
    {
        var expired = With(certificates: [Certificate(validUntil: new DateOnly(2026, 4, 20))]);
        Assert.Equal(new DateOnly(2026, 4, 20), EligibilityRules.LastEligibleDay(expired, SubsidyKind.LivingSubsidy, Today, Policy, NeedsCare));
        var dibaoEnded = With(welfare: [Dibao(to: new DateOnly(2026, 5, 10))]);
        Assert.Equal(new DateOnly(2026, 5, 10), EligibilityRules.LastEligibleDay(dibaoEnded, SubsidyKind.LivingSubsidy, Today, Policy, NeedsCare));
        Assert.Equal(Today.AddDays(-1), EligibilityRules.LastEligibleDay(With(welfare: []), SubsidyKind.LivingSubsidy, Today, Policy, NeedsCare));
    }
}
