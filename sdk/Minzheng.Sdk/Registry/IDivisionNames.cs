namespace Minzheng.Sdk.Registry;

/// <summary>
/// The names of the caller's district and of its towns (镇街) and villages (村居), from the division data
/// the deployment configures, so that what a module counts or lists by <see cref="DivisionCode"/> can
/// carry a name staff read (<c>500110004</c> → 万盛街道). Implemented by the platform: take it as an
/// endpoint or constructor parameter, like <see cref="IResidentRegistry"/>. In a job or an event handler
/// the caller is the platform acting for one district, and the names are that district's.
/// </summary>
/// <remarks>
/// Since SDK 1.1.0: a module that uses it declares <c>"sdk": "^1.1.0"</c> in its <c>module.json</c>, so
/// that a host with an older SDK refuses it with a clear reason instead of failing on the first request.
/// Names are not scoped: a town clerk may read the name of a town that is not theirs (names are public;
/// the records behind them are what scope protects).
/// </remarks>
public interface IDivisionNames
{
    /// <summary>The name of the caller's district (e.g. 万盛经开区).</summary>
    string DistrictName { get; }

    /// <summary>
    /// The name of one of the district's towns (9-digit code) or villages (12-digit code), or null for any
    /// other code: another district's, a county (6 digits), or one that is not well formed. Label a null
    /// with the code itself, or with what the module means by it (e.g. residents from outside the district).
    /// </summary>
    /// <param name="divisionCode">A town or village code.</param>
    string? NameOf(string? divisionCode);

    /// <summary>
    /// The district's towns (9-digit codes, in code order) that <paramref name="scope"/> covers: all of them for
    /// a district scope, the town itself for a town scope, the village's town for a village scope. A per-town
    /// figure lists each of them, a town with nothing to count included (since SDK 2.1.0).
    /// </summary>
    /// <param name="scope">Usually the caller's (<see cref="Access.ICallerContext.Scope"/>).</param>
    IReadOnlyList<string> TownsWithin(Access.OrgScope scope);
}
