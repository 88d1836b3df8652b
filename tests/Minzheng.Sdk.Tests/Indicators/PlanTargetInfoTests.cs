using Minzheng.Sdk.Indicators;

namespace Minzheng.Sdk.Tests.Indicators;

public sealed class PlanTargetInfoTests
{
    private static PlanTargetInfo Target(decimal? value, bool atMost) => new("规划", 16, "指标", "%", 2025, value?.ToString() ?? "不低于上年", value, atMost);

    [Theory]
    [InlineData(22.0, false, 22.0, true)]
    [InlineData(22.0, false, 21.99, false)]
    [InlineData(40.0, true, 40.0, true)]
    [InlineData(40.0, true, 40.01, false)]
    public void A_value_meets_a_target_it_reaches_or_stays_under(double target, bool atMost, double value, bool met) =>
        Assert.Equal(met, Target((decimal)target, atMost).IsMetBy((decimal)value));

    [Fact]
    public void Without_a_value_or_without_a_number_to_compare_nothing_is_judged()
    {
        Assert.Null(Target(22m, false).IsMetBy(null));
        Assert.Null(Target(null, false).IsMetBy(50m));
    }
}
