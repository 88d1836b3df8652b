using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;

namespace Minzheng.Platform.Registry.Common;

/// <summary>
/// The one place the registry hands out sensitive data: a full ID number only to a caller holding
/// <see cref="PlatformPermissions.RegistryReadIdNumber"/>, and every such read, like every read of
/// disability or welfare details, recorded in the audit trail before the data leaves.
/// </summary>
internal sealed class SensitiveReads(ICallerContext caller, IAuditTrail audit)
{
    /// <summary>
    /// The entity name residents carry in the audit trail: their record's type, as every saved change of
    /// them is recorded, so that one filter finds a resident's changes and the reads of their data alike.
    /// </summary>
    public const string Entity = nameof(Person);

    public const string IdNumber = "idNumber";
    public const string DisabilityCertificates = "disabilityCertificates";
    public const string WelfareStatuses = "welfareStatuses";

    public bool MayReadIdNumbers => caller.HasPermission(PlatformPermissions.RegistryReadIdNumber);

    /// <summary>The ID number as this caller may see it; a full one is audited first.</summary>
    public async Task<(string Value, bool Masked)> IdNumberOfAsync(Person person, CancellationToken cancellationToken)
    {
        if (!MayReadIdNumbers)
        {
            return (person.ParsedIdNumber().Masked, true);
        }
        await RecordAsync(person.Id, IdNumber, cancellationToken);
        return (person.IdNumber, false);
    }

    /// <summary>Records that a listing of residents matching <paramref name="filter"/> was handed out.</summary>
    public Task RecordListingAsync(string what, string filter, CancellationToken cancellationToken) =>
        audit.RecordSensitiveReadAsync(Entity, "list " + filter, what, cancellationToken);

    /// <summary>Records a read of <paramref name="what"/> about a resident.</summary>
    public Task RecordAsync(Guid personId, string what, CancellationToken cancellationToken) =>
        audit.RecordSensitiveReadAsync(Entity, personId.ToString(), what, cancellationToken);
}
