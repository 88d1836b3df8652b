using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>
/// POST applications/{id}/close/{version}: 办结, the workflow action. Publishes <see cref="Events.ApplicationClosed"/>;
/// the event is stored with the change and delivered after it is committed, or neither happens.
/// </summary>
internal static class CloseApplication
{
    public static async Task<Results<Ok<ApplicationView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, int version, CloseApplicationRequest request, SampleDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var outcome = errors.Text("outcome", request.Outcome, "办结意见", ApplicationRules.OutcomeLength);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }
        if (await ApplicationStore.FindAsync(db, caller, id, cancellationToken) is not { } application)
        {
            return ApplicationStore.NotFound();
        }
        if (ApplicationRules.RefuseClose(application.Status) is { } refusal)
        {
            return Problems.Conflict(refusal, "当前状态不能办结");
        }
        if (db.ExpectVersion(application, version) is { } stale)
        {
            return stale;
        }

        db.Publish(ApplicationRules.Close(application, clock.BeijingToday(), outcome));
        ApplicationStore.Record(db, application, caller, clock, "办结", outcome);
        return TypedResults.Ok(ApplicationViews.Full(application));
    }
}
