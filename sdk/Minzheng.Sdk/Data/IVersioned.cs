namespace Minzheng.Sdk.Data;

/// <summary>
/// A record changed by staff who read it first: its <see cref="Version"/> goes up by one with each change, and a
/// change based on an older version is refused (<see cref="Endpoints.Problems.StaleVersion"/>) rather than
/// overwriting what someone else saved meanwhile.
/// </summary>
/// <remarks>
/// <see cref="ModuleDbContext"/> makes <see cref="Version"/> a concurrency token of every entity that implements
/// this, so the database checks it again at save. The version a change is based on travels in the route, after
/// the action: <c>POST /applications/{id:guid}/approve/{version:int}</c> (the staff web UI fills it from the record
/// it shows); the request body carries only the action's own input. Check it with
/// <see cref="VersionExtensions.ExpectVersion{TEntity}"/>.
/// </remarks>
public interface IVersioned
{
    /// <summary>The record's version: one more with each saved change.</summary>
    int Version { get; set; }
}
