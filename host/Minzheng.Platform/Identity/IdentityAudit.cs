using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Identity;

/// <summary>
/// Records sign-ins, failed sign-ins and account, token and permission changes in the district's
/// audit trail.
/// </summary>
internal sealed class IdentityAudit(ILogger<IdentityAudit> logger)
{
    public Task RecordAsync(StaffUser subject, string action, string? detail = null)
    {
        logger.LogInformation("{Action} {User} in {District} {Detail}", action, subject.UserName, subject.DistrictId, detail);
        return Task.CompletedTask;
    }
}
