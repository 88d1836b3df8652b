using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Volunteer.Work;

/// <summary>What waits for the caller on the home page: hours to confirm and volunteers' correction requests, in their scope.</summary>
internal sealed class VolunteerWork(VolunteerDb db, ICallerContext caller) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (!caller.HasPermission(VolunteerPermissions.Confirm)) return [];
        var mine = db.ServiceRecords.AsNoTracking().WithinScope(caller);
        var toConfirm = await mine.CountAsync(r => r.Status == RecordStatus.Recorded && r.RequestedHours == null, cancellationToken);
        var requests = await mine.CountAsync(r => r.RequestedHours != null, cancellationToken);
        return [.. new[]
        {
            new WorkItem("volunteer.hours-to-confirm", "待确认的志愿服务时长", toConfirm, "/m/volunteer/hours"),
            new WorkItem("volunteer.correction-requests", "志愿者的时长更正申请", requests, "/m/volunteer/corrections"),
        }.Where(i => i.Count > 0)];
    }
}
