namespace Minzheng.Sdk.Audit;

/// <summary>
/// The audit trail. Changes saved through a <see cref="Data.ModuleDbContext"/> are recorded by the
/// platform without module code; a module calls this for what the platform cannot see: reads of
/// sensitive personal data, and actions that change nothing in its database (printing a certificate).
/// Who, when, district and module are filled in by the platform.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records an action on an entity.</summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Records that the caller read sensitive data (a full ID number, a disability, an income).</summary>
    /// <param name="entity">Entity type, the record's type name as saved changes carry it, e.g. <c>Person</c> for a resident.</param>
    /// <param name="key">The record's key.</param>
    /// <param name="what">What was read, e.g. <c>idNumber</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task RecordSensitiveReadAsync(string entity, string key, string what, CancellationToken cancellationToken);
}

/// <summary>One audited action.</summary>
/// <param name="Action">Verb, e.g. <c>certificate.printed</c>.</param>
/// <param name="Entity">Entity type.</param>
/// <param name="Key">The record's key.</param>
/// <param name="Before">State before, as JSON (sensitive fields masked), or null.</param>
/// <param name="After">State after, as JSON (sensitive fields masked), or null.</param>
public sealed record AuditRecord(string Action, string Entity, string Key, string? Before = null, string? After = null);
