using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Minzheng.Platform.Audit;

/// <summary>Lets <c>dotnet ef migrations add</c> create the audit context without a host.</summary>
internal sealed class AuditDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuditDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
