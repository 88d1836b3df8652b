using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>Reading one application within the caller's scope, and writing its history.</summary>
internal static class ApplicationStore
{
    public static Task<Application?> FindAsync(SampleDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Applications.WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    // Outside the caller's scope is the same answer as absent: a clerk learns nothing of other towns' records.
    public static ProblemHttpResult NotFound() => Problems.NotFound("没有这份申请，或它不在您的辖区内。");

    public static void Record(SampleDb db, Application application, ICallerContext caller, TimeProvider clock, string title, string? note = null)
    {
        var step = new ApplicationStep
        {
            ApplicationId = application.Id,
            At = clock.GetUtcNow(),
            Title = title,
            StaffId = caller.Staff.Id,
            StaffName = caller.Staff.Name,
            Note = note,
        };
        // Added to the set, not to application.Steps: EF would take a step with its key set, found only through the
        // navigation of a tracked application, for an existing row. The navigation picks it up from the set.
        db.ApplicationSteps.Add(step);
    }
}
