namespace Minzheng.Sdk.Jobs;

/// <summary>
/// Recurring background work of a module (e.g. closing divorce cooling-off periods that ran out).
/// Found by scanning; run by the platform once per <see cref="Interval"/> for each district that
/// enables the module, in its own scope, acting as <see cref="Access.StaffMember.System"/> for that
/// district. Time comes from <see cref="TimeProvider"/>, so tests can move the clock.
/// </summary>
public interface IModuleJob
{
    /// <summary>How often to run; read once per host start (the same for every district).</summary>
    TimeSpan Interval { get; }

    /// <summary>One run for the district in the injected caller context. Must be safe to repeat.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
