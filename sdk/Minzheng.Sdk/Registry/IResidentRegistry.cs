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

    /// <summary>
    /// The residents of the caller's district and scope that match <paramref name="filter"/>, in ID-number
    /// order, streamed in batches so that a district's worth never sits in memory at once. The listing
    /// is audited once, as a sensitive read of the records it handed out.
    /// </summary>
    IAsyncEnumerable<ResidentRecord> ListAsync(ResidentFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// How many residents of the caller's district and scope match <paramref name="filter"/>, per town (9-digit
    /// 镇街 code; a resident recorded at town level counts for that town); towns with none are absent. For the
    /// denominators of indicators (e.g. 志愿者占居民人口比例): counts carry no personal data and are not audited.
    /// </summary>
    Task<IReadOnlyDictionary<string, int>> CountByTownAsync(ResidentFilter filter, CancellationToken cancellationToken);
}
