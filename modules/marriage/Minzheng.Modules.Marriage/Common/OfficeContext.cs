using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>The registration office of the caller's district, per request.</summary>
public sealed class OfficeContext(MarriageOptions options, ICallerContext caller)
{
    /// <summary>The office, or null when the district has none configured (the module then refuses to register).</summary>
    public Office? Current => options.OfficeOf(caller.DistrictId);

    /// <summary>
    /// Where a record belongs: the town of the first party living in the district (the registry knows
    /// their village), else the office's district code.
    /// </summary>
    public static string LocateRecord(Office office, params string?[] residenceVillages) =>
        residenceVillages.FirstOrDefault(v => v is { Length: 12 }) is { } village ? village[..9] : office.Code;

    /// <summary>跨省通办: a party whose hukou (address code) lies in another province than the office.</summary>
    public static bool IsCrossProvince(Office office, params string[] hukouCodes) =>
        hukouCodes.Any(code => !code.StartsWith(office.Code[..2], StringComparison.Ordinal));
}
