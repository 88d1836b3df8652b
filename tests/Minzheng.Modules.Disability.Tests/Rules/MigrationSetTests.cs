using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Rules;

/// <summary>The module's database can be created on either engine the platform runs on.</summary>
public sealed class MigrationSetTests
{
    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleBuildOutputs.Of<DisabilityModule>()));
}
