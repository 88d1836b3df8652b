using Autofac;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Sample;

/// <summary>示例模块: the module's entry type. The host calls it once at start-up.</summary>
public sealed class SampleModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<SampleDb>();
    }
}
