using Minzheng.Modules.Marriage.Registration;
using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Tests.Rules;

public sealed class RegistrationRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static PartyFacts Facts(string id, bool marriedHere = false, MaritalStatus registry = MaritalStatus.Unknown) =>
        new(TestIds.Parse(id), marriedHere, registry);

    private static readonly string Man = TestIds.Make(new DateOnly(1990, 5, 1), 11);
    private static readonly string Woman = TestIds.Make(new DateOnly(1992, 5, 1), 22);

    [Fact]
    public void A_man_and_a_woman_of_age_who_declared_may_marry() =>
        Assert.Empty(RegistrationRules.Refusals(Facts(Man), Facts(Woman), Day, declarationSigned: true));

    [Fact]
    public void Man_is_22_on_his_birthday_and_not_the_day_before()
    {
        var man = TestIds.Make(new DateOnly(2004, 3, 2), 11);
        Assert.Null(RegistrationRules.AgeRefusal(TestIds.Parse(man), Day));
        var message = RegistrationRules.AgeRefusal(TestIds.Parse(man), Day.AddDays(-1));
        Assert.Equal("男方登记当日未满22周岁（21周岁），不得结婚", message);
    }

    [Fact]
    public void Woman_is_20_on_her_birthday_and_not_the_day_before()
    {
        var woman = TestIds.Make(new DateOnly(2006, 3, 2), 22);
        Assert.Null(RegistrationRules.AgeRefusal(TestIds.Parse(woman), Day));
        Assert.Equal("女方登记当日未满20周岁（19周岁），不得结婚", RegistrationRules.AgeRefusal(TestIds.Parse(woman), Day.AddDays(-1)));
    }

    [Fact]
    public void Born_on_29_February_comes_of_age_on_1_March_in_a_common_year()
    {
        var man = TestIds.Parse(TestIds.Make(new DateOnly(2004, 2, 29), 11));
        Assert.NotNull(RegistrationRules.AgeRefusal(man, new DateOnly(2026, 2, 28)));
        Assert.Null(RegistrationRules.AgeRefusal(man, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Under_age_party_is_refused_on_that_party_s_field()
    {
        var young = TestIds.Make(new DateOnly(2005, 1, 1), 11);
        var errors = RegistrationRules.Refusals(Facts(young), Facts(Woman), Day, true);
        Assert.Single(errors);
        Assert.Contains("未满22周岁", errors["partyAIdNumber"][0]);
    }

    [Fact]
    public void Married_by_this_office_s_records_is_refused()
    {
        var errors = RegistrationRules.Refusals(Facts(Man), Facts(Woman, marriedHere: true), Day, true);
        Assert.Contains("有配偶", errors["partyBIdNumber"][0]);
    }

    [Fact]
    public void Married_by_the_registry_is_refused()
    {
        var errors = RegistrationRules.Refusals(Facts(Man, registry: MaritalStatus.Married), Facts(Woman), Day, true);
        Assert.Equal("居民信息库记载该当事人为已婚，不予登记", errors["partyAIdNumber"].Single());
    }

    [Theory]
    [InlineData(MaritalStatus.Unknown)]
    [InlineData(MaritalStatus.Unmarried)]
    [InlineData(MaritalStatus.Divorced)]
    [InlineData(MaritalStatus.Widowed)]
    public void Any_other_registry_status_is_no_obstacle(MaritalStatus status) =>
        Assert.Empty(RegistrationRules.Refusals(Facts(Man, registry: status), Facts(Woman, registry: status), Day, true));

    [Fact]
    public void Without_the_signed_declaration_it_is_refused() =>
        Assert.Contains("声明书", RegistrationRules.Refusals(Facts(Man), Facts(Woman), Day, false)["declarationSigned"][0]);

    [Fact]
    public void Two_men_or_the_same_person_are_refused()
    {
        var otherMan = TestIds.Make(new DateOnly(1991, 5, 1), 13);
        Assert.Equal("结婚登记须由男女双方共同申请", RegistrationRules.Refusals(Facts(Man), Facts(otherMan), Day, true)["partyBIdNumber"][0]);
        Assert.Contains("相同", RegistrationRules.Refusals(Facts(Man), Facts(Man), Day, true)["partyBIdNumber"][0]);
    }

    [Fact]
    public void All_reasons_are_reported_at_once()
    {
        var young = TestIds.Make(new DateOnly(2010, 1, 1), 11);
        var errors = RegistrationRules.Refusals(Facts(young, marriedHere: true), Facts(Woman, registry: MaritalStatus.Married), Day, false);
        Assert.Equal(2, errors["partyAIdNumber"].Length);
        Assert.Single(errors["partyBIdNumber"]);
        Assert.Single(errors["declarationSigned"]);
    }
}
