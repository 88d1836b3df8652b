namespace Minzheng.Platform.Audit;

/// <summary>Which resident an entry concerns, when only entity and key are known.</summary>
internal static class PersonKeys
{
    // Residents are "Person" (their record's type). "Resident" is what sensitive reads were written as
    // before, and what the SDK's documentation once gave as the example: a module may still write it.
    private static readonly HashSet<string> PersonEntities = new(StringComparer.Ordinal) { "Person", "Resident" };

    /// <summary>
    /// The key itself when the entity is a resident (a <c>Person</c>) and the key names one (a resident id),
    /// else null: a listing's key is its filter, which concerns many residents and none in particular.
    /// </summary>
    public static string? ForEntity(string entity, string key) =>
        PersonEntities.Contains(entity) && Guid.TryParse(key, out _) ? key : null;
}
