namespace Minzheng.Sdk.Demo;

/// <summary>
/// Synthetic data that shows a newcomer the module populated in a demo district (<c>build/run.sh</c>).
/// Found by scanning the module's assembly. The platform runs it only on a demo deployment
/// (<c>Minzheng:DemoResidents</c> above 0), at start-up, for each district that enables the module, once
/// the district's demo residents are in the registry, in a scope acting as 系统
/// (<see cref="Access.StaffMember.System"/>), and commits nothing itself: save what you write.
/// </summary>
/// <remarks>
/// Invented data only, never real people's or organisations' (synthetic ID numbers with valid check digits,
/// residents taken from the registry's demo residents). It runs at every start of a demo: leave a module
/// that holds any data of its own untouched, so that a restart seeds nothing twice and real data is never
/// mixed with invented. Dates relative to the clock (<see cref="TimeProvider"/>), so the demo looks current.
/// </remarks>
public interface IModuleDemo
{
    /// <summary>Seeds the district's demo data; false when the module already held data and nothing was written.</summary>
    Task<bool> SeedAsync(CancellationToken cancellationToken);
}
