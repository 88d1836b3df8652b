using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Lottery.Contracts;

/// <summary>What waits on the home page of the district staff who keep the contracts: those ending within the configured days.</summary>
internal sealed class ContractWork(LotteryDb db, ICallerContext caller, ContractOptions options, TimeProvider clock) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (!caller.HasPermission(LotteryPermissions.Contracts)) return [];
        var today = clock.BeijingToday();
        var limit = today.AddDays(options.ExpiringWithinDays);
        var expiring = await db.Contracts.AsNoTracking().WithinScope(caller).Where(c => c.Status == ContractStatus.Active && c.EndsOn <= limit)
            .GroupBy(_ => 1).Select(g => new { All = g.Count(), Ended = g.Count(c => c.EndsOn < today) }).FirstOrDefaultAsync(cancellationToken);
        return expiring is null ? [] : [new WorkItem("lottery.contracts-expiring", $"{options.ExpiringWithinDays}天内到期的代销合同", expiring.All, "/m/lottery/contracts?expiring=true", expiring.Ended)];
    }
}
