using Microsoft.Extensions.Configuration;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>Evaluation's and the lists' deadlines' rules, without a host.</summary>
public sealed class EvaluationRulesTests
{
    private static readonly DateOnly Opened = new(2026, 6, 1);

    private static EligibilityFacts Good => new(new DateOnly(2020, 1, 1), true, InspectionConclusion.Qualified, true, false, InspectionConclusion.Qualified, null, null, null);

    [Fact]
    public void A_qualified_organisation_of_two_full_years_is_eligible_and_each_exclusion_is_named()
    {
        Assert.Null(EvaluationRules.Ineligibility(Good, 2026, Opened));
        Assert.Null(EvaluationRules.Ineligibility(Good with { RegisteredOn = new DateOnly(2024, 6, 1) }, 2026, Opened));
        Assert.StartsWith("取得登记未满两年", EvaluationRules.Ineligibility(Good with { RegisteredOn = new DateOnly(2024, 6, 2) }, 2026, Opened));
        Assert.Equal("已注销或被撤销登记", EvaluationRules.Ineligibility(Good with { Registered = false }, 2026, Opened));
        Assert.Equal("正被列入严重违法失信名单", EvaluationRules.Ineligibility(Good with { ListedNow = "严重违法失信名单" }, 2026, Opened));
        Assert.StartsWith("2025年以来受到行政处罚", EvaluationRules.Ineligibility(Good with { PenalisedSince = new DateOnly(2025, 2, 1) }, 2026, Opened));
        Assert.Equal("未参加2025年度年检", EvaluationRules.Ineligibility(Good with { ReportedLastYear = false, InspectionLastYear = null }, 2026, Opened));
        Assert.Equal("2025年度年检不合格", EvaluationRules.Ineligibility(Good with { InspectionLastYear = InspectionConclusion.Unqualified }, 2026, Opened));
        Assert.Null(EvaluationRules.Ineligibility(Good with { InspectionLastYear = InspectionConclusion.BasicallyQualified }, 2026, Opened));
        Assert.StartsWith("连续两年", EvaluationRules.Ineligibility(Good with
        {
            InspectionLastYear = InspectionConclusion.BasicallyQualified,
            InspectionYearBefore = InspectionConclusion.BasicallyQualified,
        }, 2026, Opened));
    }

    [Fact]
    public void A_grade_still_valid_beyond_the_round_s_year_bars_it_and_one_lapsing_in_it_does_not()
    {
        Assert.StartsWith("评估等级在有效期内", EvaluationRules.Ineligibility(Good with { GradeValidUntil = new DateOnly(2027, 3, 1) }, 2026, Opened));
        Assert.Null(EvaluationRules.Ineligibility(Good with { GradeValidUntil = new DateOnly(2026, 11, 30) }, 2026, Opened));
        // Exempt last year (registered late): no report needed, but then under two years.
        Assert.StartsWith("取得登记未满两年", EvaluationRules.Ineligibility(Good with
        {
            RegisteredOn = new DateOnly(2025, 9, 1),
            ExemptLastYear = true,
            ReportedLastYear = false,
            InspectionLastYear = null,
        }, 2026, Opened));
    }

    [Fact]
    public void Scores_are_checked_against_the_items_and_the_total_gives_the_grade_by_the_thresholds()
    {
        var options = new EvaluationOptions();
        var errors = new FieldErrors();
        EvaluationRules.CheckScores(errors, new Dictionary<string, int?> { ["basic"] = 61, ["governance"] = -1, ["performance"] = 1, ["other"] = 1 }, options);
        Assert.True(errors.Has("basic"));
        Assert.True(errors.Has("governance"));
        Assert.True(errors.Has("reputation"));
        Assert.True(errors.Has("other"));
        Assert.False(errors.Has("performance"));
        Assert.Equal(5, EvaluationRules.GradeOf(900, options));
        Assert.Equal(4, EvaluationRules.GradeOf(899, options));
        Assert.Equal(1, EvaluationRules.GradeOf(500, options));
        Assert.Null(EvaluationRules.GradeOf(499, options));
    }

    [Fact]
    public void A_grade_holds_within_its_validity_until_a_serious_listing_or_the_end_of_the_registration()
    {
        var options = new EvaluationOptions();
        var from = new DateOnly(2026, 6, 8);
        var until = EvaluationRules.ValidUntil(from, options);
        Assert.Equal(new DateOnly(2031, 6, 7), until);
        Assert.True(EvaluationRules.Holds(until, from, true, null, until));
        Assert.False(EvaluationRules.Holds(until, from, true, null, until.AddDays(1)));
        Assert.False(EvaluationRules.Holds(until, from, true, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2)));
        Assert.True(EvaluationRules.Holds(until, from, true, new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 2)));  // listed before, since removed
        Assert.False(EvaluationRules.Holds(until, from, false, null, new DateOnly(2027, 1, 2)));
        Assert.Equal(new DateOnly(2026, 6, 7), EvaluationRules.PublicityEnd(new DateOnly(2026, 6, 1), options));
    }

    [Fact]
    public void Configuration_that_cannot_work_stops_the_start_with_the_key_named()
    {
        static IConfiguration Config(params (string, string)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Item1, v.Item2))).Build();
        Assert.Contains("Thresholds", Assert.Throws<InvalidOperationException>(() => EvaluationOptions.From(Config(("Thresholds:0", "900"), ("Thresholds:1", "800"),
            ("Thresholds:2", "700"), ("Thresholds:3", "600"), ("Thresholds:4", "500")))).Message, StringComparison.Ordinal);
        Assert.Contains("Items", Assert.Throws<InvalidOperationException>(() => EvaluationOptions.From(Config(("Items:0:Key", "a"), ("Items:0:Name", "甲")))).Message,
            StringComparison.Ordinal);
        Assert.Equal(10, EvaluationOptions.From(Config(("PublicityDays", "10"))).PublicityDays);
        Assert.Contains("RemovalWorkingDays", Assert.Throws<InvalidOperationException>(() => ListDeadlineOptions.From(Config(("Lists:RemovalWorkingDays", "0")))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_lists_deadlines_count_working_days_two_years_and_the_expiring_window()
    {
        var options = new ListDeadlineOptions();
        Assert.Equal(new DateOnly(2026, 6, 9), ListDeadlineRules.RemovalDue(new DateOnly(2026, 6, 2), options));
        Assert.Equal(new DateOnly(2026, 6, 5), ListDeadlineRules.EscalationDue(new DateOnly(2024, 6, 5), options));
        var until = new DateOnly(2026, 9, 1);
        Assert.False(ListDeadlineRules.Expiring(until, until.AddDays(-91), options));
        Assert.True(ListDeadlineRules.Expiring(until, until.AddDays(-90), options));
        Assert.True(ListDeadlineRules.Expiring(until, until, options));
        Assert.False(ListDeadlineRules.Expiring(until, until.AddDays(1), options));
        Assert.False(options.AutoEscalate);
    }
}
