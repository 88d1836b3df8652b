using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Marriage.Work;

/// <summary>
/// What waits for registry staff on the home page: divorce applications to accept, and joint requests for the
/// certificate to register or refuse — counted in the caller's scope, for a caller who may act on them.
/// </summary>
internal sealed class MarriageWork(MarriageDb db, ICallerContext caller) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        var divorces = db.Divorces.AsNoTracking().WithinScope(caller);
        if (caller.HasPermission(MarriagePermissions.Accept))
        {
            items.Add(new WorkItem("marriage.divorce-to-accept", "待受理的离婚登记申请",
                await divorces.CountAsync(d => d.Status == DivorceStatus.Applied, cancellationToken), "/m/marriage/divorces"));
        }
        if (caller.HasPermission(MarriagePermissions.Register))
        {
            items.Add(new WorkItem("marriage.divorce-to-register", "已申请发证待办理的离婚登记",
                await divorces.CountAsync(d => d.Status == DivorceStatus.Requested, cancellationToken), "/m/marriage/divorces"));
        }
        return [.. items.Where(i => i.Count > 0)];
    }
}
