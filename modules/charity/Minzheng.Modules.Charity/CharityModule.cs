using Autofac;
using Minzheng.Modules.Charity.Data;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Charity;

/// <summary>慈善事业: the module's entry type. The host calls it once at start-up.</summary>
public sealed class CharityModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<CharityDb>();
    }
}
