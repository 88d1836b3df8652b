using Minzheng.Modules.Disability.AnnualReview;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Coverage;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Disability.Tests.Rules;

public sealed class WorkflowRulesTests
{
    [Fact]
    public void Each_step_belongs_to_one_level()
    {
        Assert.True(ApplicationRules.MayAccept(OrgLevel.Village));
        Assert.True(ApplicationRules.MayAccept(OrgLevel.Town));
        Assert.False(ApplicationRules.MayAccept(OrgLevel.District));
        Assert.True(ApplicationRules.MayReview(OrgLevel.Town));
        Assert.False(ApplicationRules.MayReview(OrgLevel.Village));
        Assert.False(ApplicationRules.MayReview(OrgLevel.District));
        Assert.True(ApplicationRules.MayDecide(OrgLevel.District));
        Assert.False(ApplicationRules.MayDecide(OrgLevel.Town));
        Assert.False(ApplicationRules.MayReviewAnnually(OrgLevel.Village));
    }

    [Fact]
    public void Only_a_submitted_application_is_reviewed()
    {
        Assert.Null(ApplicationRules.RefuseReview(ApplicationStatus.Submitted));
        foreach (var other in new[] { ApplicationStatus.InNotice, ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Stopped })
        {
            Assert.NotNull(ApplicationRules.RefuseReview(other));
        }
    }

    [Fact]
    public void The_district_decides_only_after_the_notice_period()
    {
        var (starts, ends) = ApplicationRules.NoticePeriod(new DateOnly(2026, 6, 1), 7);
        Assert.Equal(new DateOnly(2026, 6, 2), starts);
        Assert.Equal(new DateOnly(2026, 6, 8), ends);
        Assert.Contains("公示期满后", ApplicationRules.RefuseDecision(ApplicationStatus.InNotice, ends, ends));
        Assert.Null(ApplicationRules.RefuseDecision(ApplicationStatus.InNotice, ends, ends.AddDays(1)));
        Assert.NotNull(ApplicationRules.RefuseDecision(ApplicationStatus.Submitted, null, ends.AddDays(1)));
        Assert.NotNull(ApplicationRules.RefuseDecision(ApplicationStatus.Approved, ends, ends.AddDays(1)));
    }

    [Fact]
    public void Payment_starts_with_the_month_of_application_and_stops_the_month_after()
    {
        Assert.Equal(202603, ApplicationRules.FirstPaidMonth(new DateOnly(2026, 3, 31)).Key);
        Assert.Equal(202701, ApplicationRules.StopsFrom(new DateOnly(2026, 12, 1)).Key);
        Assert.True(ApplicationRules.IsOpen(ApplicationStatus.InNotice));
        Assert.False(ApplicationRules.IsOpen(ApplicationStatus.Stopped));
    }

    [Fact]
    public void Annual_review_outcome_must_fit_the_registry()
    {
        Assert.Null(AnnualReviewRules.Refuse(ReviewOutcome.Continue, eligible: true, currentGrade: 1, certifiedGrade: 1));
        Assert.NotNull(AnnualReviewRules.Refuse(ReviewOutcome.Continue, eligible: true, currentGrade: 1, certifiedGrade: 2));
        Assert.Null(AnnualReviewRules.Refuse(ReviewOutcome.Adjust, eligible: true, currentGrade: 1, certifiedGrade: 2));
        Assert.NotNull(AnnualReviewRules.Refuse(ReviewOutcome.Adjust, eligible: true, currentGrade: 2, certifiedGrade: 2));
        Assert.NotNull(AnnualReviewRules.Refuse(ReviewOutcome.Continue, eligible: false, currentGrade: 1, certifiedGrade: null));
        Assert.Null(AnnualReviewRules.Refuse(ReviewOutcome.Stop, eligible: true, currentGrade: 1, certifiedGrade: 1));
        Assert.True(AnnualReviewRules.IsDue(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)));
        Assert.False(AnnualReviewRules.IsDue(null, new DateOnly(2026, 6, 1)));
        Assert.True(AnnualReviewRules.TryParse("adjust", out var outcome) && outcome == ReviewOutcome.Adjust);
        Assert.False(AnnualReviewRules.TryParse("maybe", out _));
    }

    [Fact]
    public void Coverage_is_receiving_over_eligible_against_100_percent_and_no_figure_with_nobody_eligible()
    {
        Assert.Null(CoverageRules.Rate(0, 0));
        Assert.Equal(66.7m, CoverageRules.Rate(2, 3));
        Assert.False(CoverageRules.MeetsTarget(99.9m));
        Assert.True(CoverageRules.MeetsTarget(CoverageRules.Rate(5, 5)!.Value));
    }
}
