namespace Minzheng.Modules.Disability.Applications;

/// <summary>Where an application stands. An approved application is the entitlement that rosters pay.</summary>
public enum ApplicationStatus
{
    /// <summary>已受理, waiting for the town's review.</summary>
    Submitted = 1,
    /// <summary>公示中: the town passed it; public notice in the village before the district decides.</summary>
    InNotice = 2,
    /// <summary>享受中: approved by the district, paid monthly.</summary>
    Approved = 3,
    /// <summary>不予批准 (by the town or the district), with a reason. Final.</summary>
    Rejected = 4,
    /// <summary>已停发: payment stopped from <c>StopsFromMonth</c>. Final.</summary>
    Stopped = 5,
}

/// <summary>Who applied on the person's behalf (or the person).</summary>
public enum ApplicantRole
{
    /// <summary>本人.</summary>
    Self = 1,
    /// <summary>监护人.</summary>
    Guardian = 2,
    /// <summary>近亲属.</summary>
    Family = 3,
    /// <summary>村（居）委会代为申请.</summary>
    VillageCommittee = 4,
}

/// <summary>API codes and Chinese labels of the statuses and roles.</summary>
public static class ApplicationCodes
{
    /// <summary>API code of a status.</summary>
    public static string Code(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "submitted",
        ApplicationStatus.InNotice => "in-notice",
        ApplicationStatus.Approved => "approved",
        ApplicationStatus.Rejected => "rejected",
        _ => "stopped",
    };

    /// <summary>Chinese label of a status.</summary>
    public static string Label(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "待镇街审核",
        ApplicationStatus.InNotice => "公示中",
        ApplicationStatus.Approved => "享受中",
        ApplicationStatus.Rejected => "不予批准",
        _ => "已停发",
    };

    /// <summary>Every status, for filters.</summary>
    public static IReadOnlyList<ApplicationStatus> Statuses { get; } = Enum.GetValues<ApplicationStatus>();

    /// <summary>API code of a role.</summary>
    public static string Code(ApplicantRole role) => role switch
    {
        ApplicantRole.Self => "self",
        ApplicantRole.Guardian => "guardian",
        ApplicantRole.Family => "family",
        _ => "village-committee",
    };

    /// <summary>Chinese label of a role.</summary>
    public static string Label(ApplicantRole role) => role switch
    {
        ApplicantRole.Self => "本人",
        ApplicantRole.Guardian => "监护人",
        ApplicantRole.Family => "近亲属",
        _ => "村（居）委会",
    };

    /// <summary>Every role.</summary>
    public static IReadOnlyList<ApplicantRole> Roles { get; } = Enum.GetValues<ApplicantRole>();

    /// <summary>Reads a status code.</summary>
    public static bool TryParseStatus(string? code, out ApplicationStatus status)
    {
        status = Statuses.FirstOrDefault(s => Code(s) == code);
        return status != default;
    }

    /// <summary>Reads a role code.</summary>
    public static bool TryParseRole(string? code, out ApplicantRole role)
    {
        role = Roles.FirstOrDefault(r => Code(r) == code);
        return role != default;
    }
}
