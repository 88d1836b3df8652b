using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.ForModules;

/// <summary>The SDK's <see cref="IDivisionNames"/>: the caller's district's division data, read at start-up.</summary>
internal sealed class DivisionNames(ICallerContext caller, DistrictDirectory districts) : IDivisionNames
{
    // Looked up on use, not on construction: the caller's district is known once the request is authenticated.
    public string DistrictName => districts.DistrictOf(caller).Name;

    public string? NameOf(string? divisionCode) => districts.DistrictOf(caller).NameOf(divisionCode);

    public IReadOnlyList<string> TownsWithin(OrgScope scope) =>
        districts.DistrictOf(caller).Towns.Select(t => t.Code)
            .Where(code => scope.Level == OrgLevel.District || scope.DivisionCode.StartsWith(code, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
}
