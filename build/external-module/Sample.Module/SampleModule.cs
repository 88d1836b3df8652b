using Autofac;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Modules;

namespace Sample.Module;

public sealed class SampleModule : IMinzhengModule
{
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
    }
}

public sealed class SampleEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/hello", (ICallerContext caller) => $"你好，{caller.DistrictId}").RequirePermission(SamplePermissions.Read);
}
