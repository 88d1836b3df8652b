using Autofac;

namespace Minzheng.Sdk.Modules;

/// <summary>
/// The entry type of a module. The host finds exactly one public, non-abstract implementation in the
/// module's assembly, creates it with its parameterless constructor and calls
/// <see cref="ConfigureServices"/> once at start-up, before the container is built.
/// </summary>
/// <remarks>
/// Endpoints are not registered here: every public <c>Carter.ICarterModule</c> in the module's
/// assembly is mapped under <c>/api/&lt;module id&gt;/</c>. Integration event handlers and
/// <see cref="Jobs.IModuleJob"/> implementations are found by scanning, too.
/// </remarks>
public interface IMinzhengModule
{
    /// <summary>Registers the module's services. Use <see cref="Data.ModuleContainerBuilderExtensions.AddModuleDbContext{TContext}"/> for each DbContext.</summary>
    void ConfigureServices(ContainerBuilder builder, ModuleContext context);
}
