using Autofac;
using Microsoft.EntityFrameworkCore;

namespace Minzheng.Sdk.Data;

/// <summary>Registration of a module's DbContext.</summary>
public static class ModuleContainerBuilderExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> per request (lifetime scope). Each instance is bound
    /// to the database of the caller's district: the options come from <see cref="IModuleDatabase"/>.
    /// The request's changes through it are saved and committed by the platform once the endpoint has answered
    /// with a success (<see cref="RequestDbContexts"/>): an endpoint stages its changes and returns.
    /// </summary>
    public static ContainerBuilder AddModuleDbContext<TContext>(this ContainerBuilder builder)
        where TContext : ModuleDbContext
    {
        builder.Register(c => c.Resolve<IModuleDatabase>().CreateOptions<TContext>())
            .As<DbContextOptions<TContext>>()
            .InstancePerLifetimeScope();
        builder.RegisterType<TContext>().AsSelf().InstancePerLifetimeScope()
            .OnActivated(e => e.Context.ResolveOptional<RequestDbContexts>()?.Enlist(e.Instance));
        return builder;
    }
}
