using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// Collects the field errors of one request, so that staff see every mistake of a form at once in one
/// validation problem (<see cref="Problems.Validation(IDictionary{string, string[]})"/>) rather than one per try.
/// Field names are the request's (camelCase); messages are Chinese, for staff.
/// </summary>
/// <example>
/// <code>
/// var errors = new FieldErrors();
/// var name = errors.Text("name", request.Name, "姓名", 50);
/// var id = errors.IdNumber("idNumber", request.IdNumber, clock.BeijingToday());
/// if (errors.HasErrors) return errors.ToProblem();
/// </code>
/// </example>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The errors so far, by field (a copy, as <see cref="Problems.Validation(IDictionary{string, string[]})"/> takes them).</summary>
    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="field"/> has an error already (to skip checks that would only repeat it).</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds a message to a field.</summary>
    /// <returns>This, to add more.</returns>
    public FieldErrors Add(string field, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>Adds every message of <paramref name="errors"/> (e.g. what a rules class found).</summary>
    public void AddAll(IEnumerable<KeyValuePair<string, string[]>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    /// <summary>
    /// Trimmed text; an error when it is required and empty (<c>请填写…</c>), longer than <paramref name="maxLength"/>,
    /// or holding what no record may hold (<see cref="TextRules.Refuse"/>: control characters, direction controls,
    /// invisible-only text; since SDK 2.3.0). Returns "" for missing text.
    /// </summary>
    public string Text(string field, string? value, string label, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
            {
                Add(field, $"请填写{label}");
            }
        }
        else if (text.Length > maxLength)
        {
            Add(field, $"{label}不能超过{maxLength}个字");
        }
        else if (TextRules.Refuse(text) is { } problem)
        {
            Add(field, label + problem);
        }
        return text;
    }

    /// <summary>
    /// A person's name (<see cref="TextRules.RefuseName"/>: letters of any script, ·, spaces, hyphens, apostrophes), trimmed,
    /// at most <paramref name="maxLength"/> characters; "" when missing and not required. Since SDK 2.3.0.
    /// </summary>
    public string PersonName(string field, string? value, string label = "姓名", bool required = true, int maxLength = 50)
    {
        var name = Text(field, value, label, maxLength, required);
        if (name.Length > 0 && !Has(field) && TextRules.RefuseName(name) is { } problem)
        {
            Add(field, label + problem);
        }
        return name;
    }

    /// <summary>A valid ID number (GB 11643, checked on <paramref name="today"/>), or default with the reason on <paramref name="field"/>.</summary>
    public IdNumber IdNumber(string field, string? value, DateOnly today)
    {
        if (Registry.IdNumber.TryParse(value, today, out var id, out var error))
        {
            return id;
        }
        Add(field, error);
        return default;
    }

    /// <summary>
    /// A village (村居, 12 digits) — or, with <paramref name="townAllowed"/>, a town (镇街, 9 digits) — of the caller's
    /// district and inside <paramref name="scope"/>; otherwise the reason on <paramref name="field"/> ("请选择…",
    /// "本区没有这个村（居）", "不在您的辖区内"). Since SDK 2.2.0: one check for every form that places a record.
    /// </summary>
    public string Division(string field, string? value, string label, Registry.IDivisionNames divisions, Access.OrgScope scope, bool townAllowed = false)
    {
        var code = value?.Trim() ?? "";
        if (code.Length == 0)
        {
            Add(field, $"请选择{label}");
        }
        else if ((code.Length != 12 && !(townAllowed && code.Length == 9)) || divisions.NameOf(code) is null)
        {
            Add(field, townAllowed ? "本区没有这个镇街或村（居）" : "本区没有这个村（居）");
        }
        else if (!scope.Contains(code))
        {
            Add(field, $"{label}不在您的辖区内");
        }
        return code;
    }

    /// <summary>The 400 problem with every error collected.</summary>
    /// <exception cref="InvalidOperationException">No error was collected.</exception>
    public ValidationProblem ToProblem() => HasErrors
        ? Problems.Validation(Errors)
        : throw new InvalidOperationException("No field error was collected.");
}
