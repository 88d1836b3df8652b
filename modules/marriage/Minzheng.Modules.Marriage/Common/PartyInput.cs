using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>How a two-party request is read, on top of the SDK's <see cref="FieldErrors"/>.</summary>
public static class PartyInput
{
    /// <summary>
    /// Reads both parties the way every two-party request names them (<c>partyA…</c>, <c>partyB…</c>),
    /// so registration and divorce cannot drift apart in what they accept.
    /// </summary>
    public static Parties Parties(this FieldErrors errors, string? idA, string? nameA, string? hukouA, string? idB, string? nameB, string? hukouB, DateOnly today) =>
        new(errors.IdNumber("partyAIdNumber", idA, today), errors.IdNumber("partyBIdNumber", idB, today),
            errors.PersonName("partyAName", nameA), errors.PersonName("partyBName", nameB),
            errors.CountyCode("partyAHukouCode", hukouA), errors.CountyCode("partyBHukouCode", hukouB));

    /// <summary>A 6-digit hukou county code, or null when not given.</summary>
    public static string? CountyCode(this FieldErrors errors, string field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length != 6 || text.Any(c => c is < '0' or > '9'))
        {
            errors.Add(field, "户籍所在地应为6位行政区划代码");
            return null;
        }
        return text;
    }
}

/// <summary>The two parties of a request, as read by <see cref="PartyInput.Parties"/>.</summary>
public sealed record Parties(IdNumber A, IdNumber B, string NameA, string NameB, string? HukouA, string? HukouB);
