using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>Collects field errors of a request, in Chinese, for one validation problem.</summary>
public sealed class Input
{
    private readonly Dictionary<string, List<string>> _errors = [];

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Adds a message to a field.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>Adds every message of another set.</summary>
    public void AddAll(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    /// <summary>The errors, as <c>Problems.Validation</c> takes them.</summary>
    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>
    /// Reads both parties the way every two-party request names them (<c>partyA…</c>, <c>partyB…</c>),
    /// so registration and divorce cannot drift apart in what they accept.
    /// </summary>
    public Parties Parties(string? idA, string? nameA, string? hukouA, string? idB, string? nameB, string? hukouB, DateOnly today) =>
        new(IdNumber("partyAIdNumber", idA, today), IdNumber("partyBIdNumber", idB, today),
            Text("partyAName", nameA, "姓名", 50), Text("partyBName", nameB, "姓名", 50),
            CountyCode("partyAHukouCode", hukouA), CountyCode("partyBHukouCode", hukouB));

    /// <summary>A validated ID number, or default with an error on <paramref name="field"/>.</summary>
    public IdNumber IdNumber(string field, string? value, DateOnly today)
    {
        if (Minzheng.Sdk.Registry.IdNumber.TryParse(value, today, out var id, out var error))
        {
            return id;
        }
        Add(field, error);
        return default;
    }

    /// <summary>Trimmed text, or an error when empty or longer than <paramref name="maxLength"/>.</summary>
    public string Text(string field, string? value, string label, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            Add(field, $"请填写{label}");
        }
        else if (text.Length > maxLength)
        {
            Add(field, $"{label}不能超过{maxLength}个字");
        }
        return text;
    }

    /// <summary>A 6-digit hukou county code, or null when not given.</summary>
    public string? CountyCode(string field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length != 6 || text.Any(c => c is < '0' or > '9'))
        {
            Add(field, "户籍所在地应为6位行政区划代码");
            return null;
        }
        return text;
    }
}

/// <summary>The two parties of a request, as read by <see cref="Input.Parties"/>.</summary>
public sealed record Parties(IdNumber A, IdNumber B, string NameA, string NameB, string? HukouA, string? HukouB);
