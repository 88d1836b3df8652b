namespace Minzheng.Sdk.Registry;

/// <summary>
/// The resident registry (居民信息库) as modules see it. Implemented by the platform; every read is
/// limited to the caller's district and scope, and reads of sensitive data are audited.
/// </summary>
public interface IResidentRegistry
{
    /// <summary>The resident with this ID number in the caller's district and scope, or null.</summary>
    Task<ResidentRecord?> FindAsync(IdNumber idNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The residents with these ID numbers in the caller's district and scope, in ID-number order, in one call however many
    /// are asked for (the rows of an import): a number not found is absent from the answer, a number asked twice answered
    /// once. Each resident handed out is audited as <see cref="FindAsync"/> audits it. Since SDK 2.6.0.
    /// </summary>
    /// <remarks>
    /// The platform reads them in batches. This default, for an implementation written before 2.6.0 (a module's test
    /// double), asks <see cref="FindAsync"/> once per number.
    /// </remarks>
    async Task<IReadOnlyList<ResidentRecord>> FindManyAsync(IReadOnlyCollection<IdNumber> idNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var found = new List<ResidentRecord>();
        foreach (var idNumber in idNumbers.DistinctBy(i => i.Value).OrderBy(i => i.Value, StringComparer.Ordinal))
        {
            if (await FindAsync(idNumber, cancellationToken) is { } resident)
            {
                found.Add(resident);
            }
        }
        return found;
    }

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
