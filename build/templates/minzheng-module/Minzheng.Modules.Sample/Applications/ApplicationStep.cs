using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>One step of an application's history (受理, 办结): the SDK's workflow step, keyed to its application.</summary>
public sealed class ApplicationStep : WorkflowStep
{
    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }
}
