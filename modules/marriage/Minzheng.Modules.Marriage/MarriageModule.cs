using Autofac;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.Marriage;

/// <summary>婚姻登记: the module's entry type.</summary>
public sealed class MarriageModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterInstance(MarriageOptions.From(context.Configuration)).SingleInstance();
        builder.AddModuleDbContext<MarriageDb>();
        builder.RegisterType<CertificateNumbering>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<OfficeContext>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Divorce.DivorceTransitions>().AsSelf().InstancePerLifetimeScope();
    }
}
