using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>One event in an organisation's life on the register (登记, 列入名录, 处罚, 注销 …), shown as its history.</summary>
public sealed class OrganisationStep : WorkflowStep
{
    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }
}
