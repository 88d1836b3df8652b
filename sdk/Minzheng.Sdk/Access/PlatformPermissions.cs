namespace Minzheng.Sdk.Access;

/// <summary>The permissions the platform itself declares (modules declare theirs in <c>module.json</c>).</summary>
public static class PlatformPermissions
{
    /// <summary>
    /// Held by every signed-in staff member: their own session, password, second factor and tokens.
    /// Never assigned through roles.
    /// </summary>
    public const string Self = "platform.self";

    /// <summary>See the modules installed and their state.</summary>
    public const string ModulesRead = "platform.modules.read";

    /// <summary>Enable or disable modules for a district.</summary>
    public const string ModulesManage = "platform.modules.manage";

    /// <summary>Manage staff accounts, roles and their permissions.</summary>
    public const string UsersManage = "platform.users.manage";

    /// <summary>Search and read the audit trail.</summary>
    public const string AuditRead = "platform.audit.read";

    /// <summary>Verify the audit trail's hash chain.</summary>
    public const string AuditVerify = "platform.audit.verify";

    /// <summary>Search and read residents (ID numbers masked).</summary>
    public const string RegistryRead = "platform.registry.read";

    /// <summary>See full ID numbers (every such read is audited).</summary>
    public const string RegistryReadIdNumber = "platform.registry.read-id-number";

    /// <summary>Register and update residents, households, certificates and welfare statuses.</summary>
    public const string RegistryWrite = "platform.registry.write";

    /// <summary>Bulk-import residents from CSV or XLSX.</summary>
    public const string RegistryImport = "platform.registry.import";

    /// <summary>See the plan's indicators (表2) in the caller's scope, with their sources (since SDK 2.1.0).</summary>
    public const string PlanRead = "platform.plan.read";

    /// <summary>Enter the value of a plan indicator that no module computes (district level; since SDK 2.1.0).</summary>
    public const string PlanEnter = "platform.plan.enter";

    /// <summary>
    /// Scrape the deployment's metrics at <c>/metrics</c> (Prometheus): request rates and durations, the event outboxes'
    /// and the jobs' lag, the runtime — operational figures of every district, no personal data. Given to the monitoring
    /// system's API token, not to staff (since SDK 2.6.0).
    /// </summary>
    public const string MetricsRead = "platform.metrics.read";

    /// <summary>All platform permissions, with the names administrators see.</summary>
    public static IReadOnlyList<Modules.PermissionDeclaration> All { get; } =
    [
        new(ModulesRead, "查看模块"),
        new(ModulesManage, "启用/停用模块"),
        new(UsersManage, "管理用户、角色和权限"),
        new(AuditRead, "查看审计日志"),
        new(AuditVerify, "校验审计日志"),
        new(RegistryRead, "查询居民信息"),
        new(RegistryReadIdNumber, "查看完整身份证号码"),
        new(RegistryWrite, "登记和修改居民信息"),
        new(RegistryImport, "批量导入居民信息"),
        new(PlanRead, "查看规划指标"),
        new(PlanEnter, "录入规划指标（区级）"),
        new(MetricsRead, "读取运行监控指标（供监控系统使用）"),
    ];
}
