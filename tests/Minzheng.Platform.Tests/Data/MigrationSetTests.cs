using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Data;

/// <summary>Every platform context has an up-to-date migration set for SQLite and for PostgreSQL.</summary>
public sealed class MigrationSetTests
{
    [Theory]
    [InlineData(typeof(PlatformDbContext))]
    [InlineData(typeof(IdentityDb))]
    [InlineData(typeof(AuditDbContext))]
    [InlineData(typeof(RegistryDbContext))]
    public void Both_engines_have_migrations_that_match_the_model(Type contextType) =>
        Assert.Empty(MigrationSets.Lagging(contextType));

    [Fact]
    public void A_context_without_a_migration_set_for_an_engine_is_reported()
    {
        // The test's own sample context has no migrations at all: both engines must be named.
        var lagging = MigrationSets.Lagging(typeof(Audit.SampleDb));

        Assert.Equal(2, lagging.Count);
        Assert.Contains(lagging, l => l.Contains("no Sqlite migrations"));
        Assert.Contains(lagging, l => l.Contains("no PostgreSql migrations"));
    }
}
