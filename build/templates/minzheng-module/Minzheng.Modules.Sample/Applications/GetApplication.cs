using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>GET applications/{id}: one application with its history, if it lies in the caller's scope.</summary>
internal static class GetApplication
{
    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> HandleAsync(
        Guid id, SampleDb db, ICallerContext caller, CancellationToken cancellationToken) =>
        await ApplicationStore.FindAsync(db, caller, id, cancellationToken) is { } application
            ? TypedResults.Ok(ApplicationViews.Full(application))
            : ApplicationStore.NotFound();
}
