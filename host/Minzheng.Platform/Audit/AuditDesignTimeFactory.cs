using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Audit;

/// <summary>Lets <c>dotnet ef migrations add</c> create the audit context without a host.</summary>
internal sealed class AuditDesignTimeFactory : ModuleDesignTimeFactory<AuditDbContext>;
