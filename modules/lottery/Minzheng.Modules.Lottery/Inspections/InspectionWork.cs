using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>What waits on the home page of those who inspect: corrections past their deadline not yet re-inspected, in their scope.</summary>
internal sealed class InspectionWork(LotteryDb db, ICallerContext caller, TimeProvider clock) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (!caller.HasPermission(LotteryPermissions.Inspect)) return [];
        var overdue = await InspectionEndpoints.Overdue(db.Inspections.AsNoTracking().WithinScope(caller), clock.BeijingToday()).CountAsync(cancellationToken);
        return overdue == 0 ? [] : [new WorkItem("lottery.corrections-overdue", "逾期未复查的网点整改", overdue, "/m/lottery/inspections?overdue=true", overdue)];
    }
}
