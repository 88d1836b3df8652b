using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Minzheng.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> create the platform context without a host.</summary>
internal sealed class PlatformDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlatformDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
