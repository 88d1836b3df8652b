namespace Minzheng.Sdk.Access;

/// <summary>The administrative level an account works at.</summary>
public enum OrgLevel
{
    /// <summary>区: the whole district.</summary>
    District = 0,
    /// <summary>镇街: one town or street.</summary>
    Town = 1,
    /// <summary>村居: one village or community.</summary>
    Village = 2,
}

/// <summary>
/// The part of a district a caller may see, as a prefix of the 12-digit statistical division code:
/// a district scope matches everything in the district, a town scope (9 digits) its villages, a village
/// scope (12 digits) itself.
/// </summary>
/// <param name="Level">District, town or village.</param>
/// <param name="DivisionCode">The division code at that level: 6, 9 or 12 digits.</param>
public sealed record OrgScope(OrgLevel Level, string DivisionCode)
{
    /// <summary>Whether a record located at <paramref name="divisionCode"/> (any level) lies inside this scope.</summary>
    public bool Contains(string? divisionCode) =>
        Level == OrgLevel.District
        || (divisionCode is not null && divisionCode.StartsWith(DivisionCode, StringComparison.Ordinal));
}
