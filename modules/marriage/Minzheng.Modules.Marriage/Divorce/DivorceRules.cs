using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>The states of a divorce application (协议离婚, 民法典 arts. 1076–1078).</summary>
public static class DivorceStatus
{
    /// <summary>申请, waiting to be accepted.</summary>
    public const string Applied = "applied";
    /// <summary>不予受理 (final).</summary>
    public const string Refused = "refused";
    /// <summary>离婚冷静期.</summary>
    public const string CoolingOff = "cooling_off";
    /// <summary>已撤回 by one party in the cooling-off period (final).</summary>
    public const string Withdrawn = "withdrawn";
    /// <summary>冷静期届满, waiting for both to ask for the certificate.</summary>
    public const string AwaitingRequest = "awaiting_request";
    /// <summary>Both asked for the certificate in time; the registrar decides.</summary>
    public const string Requested = "requested";
    /// <summary>离婚登记 done, L certificate issued (final).</summary>
    public const string Registered = "registered";
    /// <summary>不予登记 after the joint request (final).</summary>
    public const string RegistrationRefused = "registration_refused";
    /// <summary>视为撤回: no joint request by the end of the second window (final).</summary>
    public const string DeemedWithdrawn = "deemed_withdrawn";

    /// <summary>Labels, as staff read them.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Applied] = "待受理", [Refused] = "不予受理", [CoolingOff] = "冷静期", [Withdrawn] = "已撤回",
        [AwaitingRequest] = "待申请发证", [Requested] = "已申请发证", [Registered] = "已登记离婚",
        [RegistrationRefused] = "不予登记", [DeemedWithdrawn] = "视为撤回",
    };
}

/// <summary>What staff can do to an application.</summary>
public enum DivorceAction
{
    /// <summary>受理.</summary>
    Accept,
    /// <summary>不予受理.</summary>
    Refuse,
    /// <summary>撤回 by one party.</summary>
    Withdraw,
    /// <summary>双方申请发给离婚证.</summary>
    RequestCertificate,
    /// <summary>登记离婚, issue the L certificate.</summary>
    Register,
    /// <summary>不予登记.</summary>
    RefuseRegistration,
}

/// <summary>The two 30-day windows of an accepted application.</summary>
/// <param name="CoolingOffEnds">Last day on which either party may withdraw.</param>
/// <param name="RequestWindowEnds">Last day on which both may ask for the certificate.</param>
public sealed record DivorceWindows(DateOnly CoolingOffEnds, DateOnly RequestWindowEnds);

/// <summary>
/// The cooling-off state machine. Time decides two transitions by itself (cooling-off over → waiting for
/// the request; second window over → deemed withdrawn): <see cref="EffectiveStatus"/> computes them from
/// the dates, so every action sees the state the law says it is in, whether or not the job has run yet.
/// </summary>
public static class DivorceRules
{
    /// <summary>Length of each window in days.</summary>
    public const int WindowDays = 30;

    /// <summary>
    /// The windows of an application accepted on <paramref name="acceptedOn"/>: 30 days counted from the
    /// next day, the last day moved to the next working day when it is a holiday; then 30 more days
    /// counted the same way from the day after the cooling-off period ends.
    /// </summary>
    public static DivorceWindows Windows(DateOnly acceptedOn, HolidayCalendar calendar)
    {
        var coolingOffEnds = calendar.PeriodEnd(acceptedOn, WindowDays);
        return new DivorceWindows(coolingOffEnds, calendar.PeriodEnd(coolingOffEnds, WindowDays));
    }

    /// <summary>The state on <paramref name="today"/>, with the passing of time applied to a stored state.</summary>
    public static string EffectiveStatus(string stored, DateOnly? coolingOffEnds, DateOnly? requestWindowEnds, DateOnly today)
    {
        if (stored is not (DivorceStatus.CoolingOff or DivorceStatus.AwaitingRequest) || coolingOffEnds is null || requestWindowEnds is null)
        {
            return stored;
        }
        if (today > requestWindowEnds)
        {
            return DivorceStatus.DeemedWithdrawn;
        }
        return today > coolingOffEnds ? DivorceStatus.AwaitingRequest : DivorceStatus.CoolingOff;
    }

    /// <summary>The state an action leads to.</summary>
    public static string Target(DivorceAction action) => action switch
    {
        DivorceAction.Accept => DivorceStatus.CoolingOff,
        DivorceAction.Refuse => DivorceStatus.Refused,
        DivorceAction.Withdraw => DivorceStatus.Withdrawn,
        DivorceAction.RequestCertificate => DivorceStatus.Requested,
        DivorceAction.Register => DivorceStatus.Registered,
        DivorceAction.RefuseRegistration => DivorceStatus.RegistrationRefused,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Why <paramref name="action"/> is not allowed in <paramref name="effectiveStatus"/> (Chinese), or null when it is.</summary>
    public static string? Refusal(DivorceAction action, string effectiveStatus, DateOnly? coolingOffEnds, DateOnly? requestWindowEnds)
    {
        var required = action switch
        {
            DivorceAction.Accept or DivorceAction.Refuse => DivorceStatus.Applied,
            DivorceAction.Withdraw => DivorceStatus.CoolingOff,
            DivorceAction.RequestCertificate => DivorceStatus.AwaitingRequest,
            _ => DivorceStatus.Requested,
        };
        if (effectiveStatus == required)
        {
            return null;
        }
        var name = ActionName(action);
        var state = DivorceStatus.Labels.GetValueOrDefault(effectiveStatus, effectiveStatus);
        return (action, effectiveStatus) switch
        {
            (DivorceAction.RequestCertificate, DivorceStatus.CoolingOff) =>
                $"离婚冷静期至{coolingOffEnds:yyyy-MM-dd}届满，届满后方可申请发给离婚证",
            (DivorceAction.Withdraw, DivorceStatus.AwaitingRequest or DivorceStatus.Requested) =>
                $"离婚冷静期已于{coolingOffEnds:yyyy-MM-dd}届满，不能再撤回；双方未在{requestWindowEnds:yyyy-MM-dd}前共同申请发证的，视为撤回",
            (_, DivorceStatus.DeemedWithdrawn) =>
                $"双方未在{requestWindowEnds:yyyy-MM-dd}前共同申请发给离婚证，离婚登记申请已视为撤回，不能{name}",
            _ => $"申请当前状态为“{state}”，不能{name}",
        };
    }

    /// <summary>The action's name, as in a sentence.</summary>
    public static string ActionName(DivorceAction action) => action switch
    {
        DivorceAction.Accept => "受理",
        DivorceAction.Refuse => "不予受理",
        DivorceAction.Withdraw => "撤回",
        DivorceAction.RequestCertificate => "申请发给离婚证",
        DivorceAction.Register => "登记离婚",
        DivorceAction.RefuseRegistration => "不予登记",
        _ => action.ToString(),
    };

    /// <summary>Whether a state is final.</summary>
    public static bool IsFinal(string status) => status is DivorceStatus.Refused or DivorceStatus.Withdrawn or DivorceStatus.Registered
        or DivorceStatus.RegistrationRefused or DivorceStatus.DeemedWithdrawn;
}
