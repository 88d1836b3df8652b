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
        var divisionCode = errors.Text("divisionCode", request.DivisionCode, "村（居）", 12);
        if (!errors.Has("divisionCode"))
        {
            var refusal = ApplicationRules.RefuseDivision(caller.Scope, divisionCode)
                ?? (divisions.NameOf(divisionCode) is null ? "本区没有这个村（居）" : null);
            if (refusal is not null)
            {
                errors.Add("divisionCode", refusal);
            }
        }
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
