namespace Minzheng.Platform.Registry.Common;

/// <summary>
/// Field-level validation messages gathered by a rule, keyed by the request's camelCase field
/// names, ready for a validation problem. Rules return it so they stay free of HTTP.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
