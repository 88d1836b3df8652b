namespace Minzheng.Platform.Audit;

/// <summary>Which resident an entry concerns, when only entity and key are known.</summary>
internal static class PersonKeys
{
    private static readonly HashSet<string> PersonEntities = new(StringComparer.Ordinal) { "Resident", "Person" };

    /// <summary>
    /// The key itself when the entity is a person (a <c>Resident</c>) and the key names one (a resident id),
    /// else null: a listing's key is its filter, which concerns many residents and none in particular.
    /// </summary>
    public static string? ForEntity(string entity, string key) =>
        PersonEntities.Contains(entity) && Guid.TryParse(key, out _) ? key : null;
}
