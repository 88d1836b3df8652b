namespace Minzheng.Sdk.Indicators;

/// <summary>
/// One figure the bureau reports that a module computes from its own data (e.g. 残疾人两项补贴覆盖率,
/// 实名注册志愿者占居民人口比例). Declared by key in the module's <c>module.json</c>
/// (<see cref="Modules.ModuleManifest.Indicators"/>), so the platform knows it even where no district
/// enables the module; computed by an implementation of this interface, found by scanning the module's
/// assembly and resolved per request. A plan (表2) row names the key it is computed by; the plan page
/// shows the figure against the row's target.
/// </summary>
/// <remarks>
/// Runs in the caller's scope: filter by <see cref="Access.ICallerContext"/> as every module read does, so
/// that a town clerk gets their town's figure. Time comes from the <c>asOf</c> date, never from the clock:
/// the trend asks for the value at each year's end.
/// </remarks>
public interface IIndicator
{
    /// <summary>The key declared in module.json (<c>&lt;module id&gt;.&lt;name&gt;</c>).</summary>
    string Key { get; }

    /// <summary>The figure as of the end of <paramref name="asOf"/> (Beijing date), in total and per town.</summary>
    Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken);
}
