namespace Minzheng.Sdk.Registry;

/// <summary>
/// The resident registry (居民信息库) as modules see it. Implemented by the platform; every read is
/// limited to the caller's district and scope, and reads of sensitive data are audited.
/// </summary>
public interface IResidentRegistry
{
    /// <summary>The resident with this ID number in the caller's district and scope, or null.</summary>
    Task<ResidentRecord?> FindAsync(IdNumber idNumber, CancellationToken cancellationToken);

    /// <summary>The resident with this registry id in the caller's district and scope, or null.</summary>
    Task<ResidentRecord?> GetAsync(Guid residentId, CancellationToken cancellationToken);
}
