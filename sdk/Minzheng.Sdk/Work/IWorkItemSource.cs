namespace Minzheng.Sdk.Work;

/// <summary>
/// What is waiting for the signed-in staff member in a module (applications to review in their scope,
/// divorce requests due, rosters to approve, inspections overdue …), shown on the staff home page as
/// counts with links. Found by scanning the module's assembly; resolved per request in the caller's
/// scope, only in districts that enable the module.
/// </summary>
/// <remarks>
/// Return only what the caller may act on: check their permissions and filter by their scope
/// (<see cref="Access.ICallerContext"/>), and leave out items with a count of zero. Counting only: the
/// home page calls every module on each visit, so each count must be one indexed query.
/// </remarks>
public interface IWorkItemSource
{
    /// <summary>The caller's waiting work in this module.</summary>
    Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken);
}
