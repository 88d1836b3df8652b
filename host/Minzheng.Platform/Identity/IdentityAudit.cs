using Microsoft.Extensions.Logging;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity;

/// <summary>
/// Records sign-ins, failed sign-ins and account, token and permission changes in the audit trail of
/// the account's district.
/// </summary>
internal sealed class IdentityAudit(AuditWriter writer, ICallerContext caller, ILogger<IdentityAudit> logger)
{
    /// <summary>The entity staff accounts carry in the audit trail.</summary>
    public const string Entity = "StaffUser";

    /// <summary>
    /// Records <paramref name="action"/> on <paramref name="subject"/>'s account. The actor is the
    /// signed-in caller; for a sign-in (nobody signed in yet) it is the account itself, so a failed
    /// sign-in names the account that was tried.
    /// </summary>
    public async Task RecordAsync(StaffUser subject, string action, string? detail = null)
    {
        var actor = caller.IsAuthenticated
            ? new AuditActor(caller.Staff.Id, caller.Staff.Name)
            : new AuditActor(subject.Id, subject.DisplayName);
        logger.LogInformation("{Action} {User} in {District} {Detail}", action, subject.UserName, subject.DistrictId, detail);
        // The change is made by now; its record must follow even if the request is abandoned.
        await writer.AppendAsync(subject.DistrictId,
            new AuditDraft(ModuleDatabases.PlatformSource, actor, action, Entity, subject.Id,
                After: detail is null ? null : AuditJson.Object("detail", detail)),
            CancellationToken.None);
    }
}
