using Minzheng.Platform.Registry.Marriage;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Tests.Registry.Marriage;

/// <summary>Events replace the recorded status in the order of their dates, whatever order they arrive in.</summary>
public sealed class MaritalStatusRulesTests
{
    private static readonly DateOnly May20 = new(2026, 5, 20);
    private static readonly DateOnly June1 = new(2026, 6, 1);

    [Fact]
    public void A_later_event_replaces_an_earlier_one_and_an_earlier_one_does_not_replace_a_later_one()
    {
        Assert.True(MaritalStatusRules.Replaces(MaritalStatus.Divorced, June1, MaritalStatus.Married, May20));
        Assert.False(MaritalStatusRules.Replaces(MaritalStatus.Married, May20, MaritalStatus.Divorced, June1));
        Assert.False(MaritalStatusRules.Replaces(MaritalStatus.Divorced, May20, MaritalStatus.Divorced, June1));
    }

    [Fact]
    public void On_the_same_day_a_marriage_comes_after_a_divorce()
    {
        Assert.True(MaritalStatusRules.Replaces(MaritalStatus.Married, June1, MaritalStatus.Divorced, June1));
        Assert.False(MaritalStatusRules.Replaces(MaritalStatus.Divorced, June1, MaritalStatus.Married, June1));
    }

    [Fact]
    public void The_same_event_again_changes_nothing()
    {
        Assert.False(MaritalStatusRules.Replaces(MaritalStatus.Married, May20, MaritalStatus.Married, May20));
        Assert.False(MaritalStatusRules.Replaces(MaritalStatus.Divorced, June1, MaritalStatus.Divorced, June1));
    }

    [Theory]
    [InlineData(MaritalStatus.Unknown)]
    [InlineData(MaritalStatus.Unmarried)]
    [InlineData(MaritalStatus.Married)]
    [InlineData(MaritalStatus.Widowed)]
    public void A_status_recorded_without_a_date_is_replaced_by_any_event(MaritalStatus recorded)
    {
        Assert.True(MaritalStatusRules.Replaces(MaritalStatus.Married, new DateOnly(1999, 1, 1), recorded, null));
        Assert.True(MaritalStatusRules.Replaces(MaritalStatus.Divorced, new DateOnly(1999, 1, 1), recorded, null));
    }
}
