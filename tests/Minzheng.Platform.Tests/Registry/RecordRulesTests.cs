using Minzheng.Platform.Registry.Certificates;
using Minzheng.Platform.Registry.Households;
using Minzheng.Platform.Registry.Welfare;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Certificate, welfare and household rules, without web or database.</summary>
public sealed class RecordRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly IdNumber Holder = IdNumber.Parse(SyntheticIds.IdNumberOf(new DateOnly(1970, 1, 15), 123), Today);

    // 肢体 (code 4), grade 2.
    private static CertificateRequest Certificate(int? grade = 2, string category = "肢体", string? number = null) =>
        new(number ?? Holder.Value + "4" + grade, category, grade, new DateOnly(2020, 1, 1), new DateOnly(2030, 1, 1));

    [Fact]
    public void A_valid_certificate_passes()
    {
        var errors = new FieldErrors();
        var checkedCertificate = CertificateRules.Check(Certificate(), Holder, Today, errors);
        Assert.True(!errors.HasErrors);
        Assert.Equal(DisabilityCategory.Physical, checkedCertificate!.Category);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(null)]
    public void The_grade_is_one_to_four(int? grade)
    {
        var errors = new FieldErrors();
        Assert.Null(CertificateRules.Check(Certificate(grade, number: Holder.Value + "41"), Holder, Today, errors));
        Assert.Equal(["grade"], errors.Errors.Keys);
    }

    [Fact]
    public void Expiry_comes_after_issue_and_issue_is_not_in_the_future()
    {
        var errors = new FieldErrors();
        CertificateRules.Check(Certificate() with { ValidUntil = new DateOnly(2020, 1, 1) }, Holder, Today, errors);
        Assert.Equal(["validUntil"], errors.Errors.Keys);

        errors = new FieldErrors();
        CertificateRules.Check(Certificate() with { IssuedOn = Today.AddDays(1), ValidUntil = Today.AddYears(5) }, Holder, Today, errors);
        Assert.Equal(["issuedOn"], errors.Errors.Keys);
    }

    [Fact]
    public void The_number_is_the_holders_id_number_with_the_category_and_grade()
    {
        var other = IdNumber.Parse(SyntheticIds.IdNumberOf(new DateOnly(1971, 1, 15), 123), Today);
        foreach (var wrong in new[] { other.Value + "42", Holder.Value + "52", Holder.Value + "43", Holder.Value[..17] })
        {
            var errors = new FieldErrors();
            Assert.Null(CertificateRules.Check(Certificate(number: wrong), Holder, Today, errors));
            Assert.Equal(["number"], errors.Errors.Keys);
        }
    }

    [Fact]
    public void A_revoked_certificate_stops_counting_on_the_day_of_revocation_and_cannot_be_revoked_again()
    {
        var issued = new DateOnly(2020, 1, 1);
        var until = new DateOnly(2030, 1, 1);
        Assert.True(CertificateRules.IsValidOn(issued, until, new DateOnly(2025, 1, 1), new DateOnly(2024, 12, 31)));
        Assert.False(CertificateRules.IsValidOn(issued, until, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)));
        Assert.False(CertificateRules.IsValidOn(issued, until, null, until.AddDays(1)));

        var errors = new FieldErrors();
        Assert.Null(CertificateRules.CheckRevocation(issued, null, issued.AddDays(-1), "", Today, errors));
        Assert.Equal(["reason", "revokedOn"], errors.Errors.Keys.Order());
        Assert.NotNull(CertificateRules.CheckRevocation(issued, Today, Today, "死亡", Today, new FieldErrors()));
    }

    [Fact]
    public void The_masked_certificate_number_hides_what_the_masked_id_number_hides() =>
        Assert.Equal(Holder.Masked + "42", CertificateRules.Mask(Holder.Value + "42"));

    [Fact]
    public void A_welfare_status_ends_no_earlier_than_it_starts()
    {
        var errors = new FieldErrors();
        WelfareRules.CheckNew(new AddWelfareRequest("低保", new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 28)), Holder.BirthDate, [], errors, out _);
        Assert.Equal(["endsOn"], errors.Errors.Keys);

        errors = new FieldErrors();
        Assert.Null(WelfareRules.CheckNew(new AddWelfareRequest("低保", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1)), Holder.BirthDate, [], errors, out var oneDay));
        Assert.True(!errors.HasErrors);
        Assert.Equal(WelfareKind.MinimumLivingAllowance, oneDay.Kind);
    }

    [Fact]
    public void A_person_holds_one_welfare_status_at_a_time()
    {
        var dibao = new WelfareStatus(WelfareKind.MinimumLivingAllowance, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var open = new WelfareStatus(WelfareKind.DestitutePersonSupport, new DateOnly(2025, 6, 1), null);

        Assert.NotNull(WelfareRules.CheckNew(new AddWelfareRequest("特困", new DateOnly(2024, 12, 31), null), Holder.BirthDate, [dibao], new FieldErrors(), out _));
        Assert.NotNull(WelfareRules.CheckNew(new AddWelfareRequest("低保边缘", new DateOnly(2030, 1, 1), null), Holder.BirthDate, [open], new FieldErrors(), out _));
        // Sharing only the last or the first day is still sharing a day.
        Assert.NotNull(WelfareRules.CheckNew(new AddWelfareRequest("低保边缘", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1)), Holder.BirthDate, [open], new FieldErrors(), out _));
        Assert.Null(WelfareRules.CheckNew(new AddWelfareRequest("特困", new DateOnly(2025, 1, 1), new DateOnly(2025, 5, 31)), Holder.BirthDate, [dibao, open], new FieldErrors(), out _));
    }

    [Fact]
    public void Ending_a_status_twice_or_before_its_start_is_refused()
    {
        var status = new WelfareStatus(WelfareKind.MinimumLivingAllowance, new DateOnly(2024, 1, 1), null);
        var errors = new FieldErrors();
        Assert.Null(WelfareRules.CheckEnd(status, new DateOnly(2023, 12, 31), errors));
        Assert.Equal(["endsOn"], errors.Errors.Keys);
        Assert.NotNull(WelfareRules.CheckEnd(status with { EndsOn = new DateOnly(2024, 6, 30) }, Today, new FieldErrors()));
    }

    [Fact]
    public void A_household_has_one_head_and_one_spouse_and_a_person_one_household()
    {
        var errors = new FieldErrors();
        HouseholdRules.CheckNewMember("户主", ResidentStatus.Alive, false, [HouseholdRelation.Head], errors, out _);
        Assert.Equal(["relation"], errors.Errors.Keys);

        errors = new FieldErrors();
        HouseholdRules.CheckNewMember("配偶", ResidentStatus.Alive, false, [HouseholdRelation.Head, HouseholdRelation.Spouse], errors, out _);
        Assert.Equal(["relation"], errors.Errors.Keys);

        errors = new FieldErrors();
        HouseholdRules.CheckNewMember("表亲", ResidentStatus.Alive, false, [HouseholdRelation.Head], errors, out _);
        Assert.Equal(["relation"], errors.Errors.Keys);

        Assert.NotNull(HouseholdRules.CheckNewMember("子女", ResidentStatus.Alive, true, [HouseholdRelation.Head], new FieldErrors(), out _));
        Assert.NotNull(HouseholdRules.CheckNewMember("子女", ResidentStatus.Deceased, false, [HouseholdRelation.Head], new FieldErrors(), out _));

        errors = new FieldErrors();
        Assert.Null(HouseholdRules.CheckNewMember("Child", ResidentStatus.Alive, false, [HouseholdRelation.Head], errors, out var relation));
        Assert.True(!errors.HasErrors);
        Assert.Equal(HouseholdRelation.Child, relation);
    }

    [Fact]
    public void The_head_stays_until_the_household_is_dissolved()
    {
        Assert.NotNull(HouseholdRules.CheckRemoval(HouseholdRelation.Head));
        Assert.Null(HouseholdRules.CheckRemoval(HouseholdRelation.Spouse));
        Assert.NotNull(HouseholdRules.CheckDissolution(2));
        Assert.Null(HouseholdRules.CheckDissolution(1));
        Assert.NotNull(HouseholdRules.CheckHead(ResidentStatus.MovedOut, false));
        Assert.NotNull(HouseholdRules.CheckHead(ResidentStatus.Alive, true));
    }
}
