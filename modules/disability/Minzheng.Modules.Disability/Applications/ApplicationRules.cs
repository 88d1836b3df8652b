using Minzheng.Modules.Disability.Common;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>
/// The workflow: which step may happen in which state, at which level of staff. Plain C#; the endpoints
/// turn a refusal into a 409 (state) or 403 (level).
/// </summary>
public static class ApplicationRules
{
    /// <summary>受理 at the village or town window (村居、镇街).</summary>
    public static bool MayAccept(OrgLevel level) => level is OrgLevel.Village or OrgLevel.Town;

    /// <summary>镇街审核: town staff only.</summary>
    public static bool MayReview(OrgLevel level) => level == OrgLevel.Town;

    /// <summary>区民政审定: district staff only.</summary>
    public static bool MayDecide(OrgLevel level) => level == OrgLevel.District;

    /// <summary>年审: the town does it; the district may too.</summary>
    public static bool MayReviewAnnually(OrgLevel level) => level is OrgLevel.Town or OrgLevel.District;

    /// <summary>Why the town may not review now, or null when it may.</summary>
    public static string? RefuseReview(ApplicationStatus status) =>
        status == ApplicationStatus.Submitted ? null : $"申请当前为“{ApplicationCodes.Label(status)}”，只有待镇街审核的申请可以审核。";

    /// <summary>Why the district may not decide now, or null when it may: after the notice period has run out.</summary>
    public static string? RefuseDecision(ApplicationStatus status, DateOnly? noticeEndsOn, DateOnly today)
    {
        if (status != ApplicationStatus.InNotice)
        {
            return $"申请当前为“{ApplicationCodes.Label(status)}”，只有公示期满的申请可以审批。";
        }
        return today <= noticeEndsOn ? $"公示期至{noticeEndsOn:yyyy-MM-dd}，公示期满后才能审批。" : null;
    }

    /// <summary>The notice runs from the day after the town's review for <paramref name="days"/> days.</summary>
    public static (DateOnly StartsOn, DateOnly EndsOn) NoticePeriod(DateOnly reviewedOn, int days) =>
        (reviewedOn.AddDays(1), reviewedOn.AddDays(Math.Max(days, 1)));

    /// <summary>Paid from the month of application (DOMAIN.md).</summary>
    public static PayMonth FirstPaidMonth(DateOnly appliedOn) => PayMonth.Of(appliedOn);

    /// <summary>Payment stops from the month after the day eligibility ended (death, moving out, expiry, review).</summary>
    public static PayMonth StopsFrom(DateOnly lastEligibleDay) => PayMonth.Of(lastEligibleDay).Plus(1);

    /// <summary>Whether an application of this state still holds or may still become an entitlement (one per person and subsidy).</summary>
    public static bool IsOpen(ApplicationStatus status) =>
        status is ApplicationStatus.Submitted or ApplicationStatus.InNotice or ApplicationStatus.Approved;
}
