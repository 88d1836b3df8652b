using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Sample.Events;

/// <summary>
/// Published when an application is closed (办结). Part of the module's public contract: another module that
/// wants it declares its own copy of this record with the same event name, and never references this module.
/// Change it only by adding members; a change of meaning is a new event name.
/// </summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="DivisionCode">The village it was filed in.</param>
/// <param name="ClosedOn">The day it was closed (Beijing date).</param>
[IntegrationEvent("sample.application-closed")]
public sealed record ApplicationClosed(Guid ApplicationId, string DivisionCode, DateOnly ClosedOn) : IIntegrationEvent;
