using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>What the endpoints show of an application: the ID number always masked.</summary>
internal static class ApplicationViews
{
    public static ApplicationRow Row(Application a) =>
        new(a.Id, a.ApplicantName, Masking.Mask(a.IdNumber), a.DivisionCode, a.Subject, ApplicationStatuses.Code(a.Status), a.SubmittedOn);

    public static ApplicationView Full(Application a) => new(
        a.Id, a.ApplicantName, Masking.Mask(a.IdNumber), a.DivisionCode, a.Subject, ApplicationStatuses.Code(a.Status),
        a.SubmittedOn, a.ClosedOn, a.Outcome, a.Version,
        a.Steps.ToTimeline());
}
