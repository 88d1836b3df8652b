using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>POST applications: 受理 at the window. Every field error at once; the platform saves after the answer.</summary>
internal static class CreateApplication
{
    public static Results<Created<ApplicationView>, ValidationProblem> Handle(
        NewApplicationRequest request, SampleDb db, ICallerContext caller, IDivisionNames divisions, TimeProvider clock)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.Text("applicantName", request.ApplicantName, "申请人姓名", ApplicationRules.NameLength);
        var idNumber = errors.IdNumber("idNumber", request.IdNumber, today);
        // A village of the district inside the clerk's scope: the SDK's one check, with its messages.
        var divisionCode = errors.Division("divisionCode", request.DivisionCode, "申请人所在村（居）", divisions, caller.Scope);
        var subject = errors.Text("subject", request.Subject, "申请事项", ApplicationRules.SubjectLength);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var application = new Application
        {
            Id = Guid.NewGuid(),
            ApplicantName = name,
            IdNumber = idNumber.Value,
            DivisionCode = divisionCode,
            Subject = subject,
            Status = ApplicationStatus.Submitted,
            SubmittedOn = today,
        };
        db.Applications.Add(application);
        ApplicationStore.Record(db, application, caller, clock, "受理");
        return TypedResults.Created($"/api/sample/applications/{application.Id}", ApplicationViews.Full(application));
    }
}
