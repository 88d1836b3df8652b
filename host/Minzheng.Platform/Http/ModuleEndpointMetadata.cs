namespace Minzheng.Platform.Http;

/// <summary>Marks an endpoint as belonging to a module, so it answers only in districts that enable it.</summary>
/// <param name="ModuleId">The module's id.</param>
/// <param name="DisplayName">The module's display name, for messages.</param>
public sealed record ModuleEndpointMetadata(string ModuleId, string DisplayName);
