using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>The application endpoints, under <c>/api/sample/</c>. Each says who may call it and what it does.</summary>
public sealed class ApplicationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/applications", ListApplications.HandleAsync)
            .RequirePermission(SamplePermissions.Read)
            .WithName("SampleListApplications")
            .WithSummary("Applications within the caller's scope, newest first, searched by name, status and village; paged on the server.");
        app.MapPost("/applications", CreateApplication.Handle)
            .RequirePermission(SamplePermissions.Accept)
            .WithName("SampleCreateApplication")
            .WithSummary("受理: files an application in a village of the caller's scope.");
        app.MapGet("/applications/{id:guid}", GetApplication.HandleAsync)
            .RequirePermission(SamplePermissions.Read)
            .WithName("SampleGetApplication")
            .WithSummary("One application with its history.");
        app.MapPost("/applications/{id:guid}/close/{version:int}", CloseApplication.HandleAsync)
            .RequirePermission(SamplePermissions.Close)
            .WithName("SampleCloseApplication")
            .WithSummary("办结 with an outcome, based on the version shown; publishes sample.application-closed.");
    }
}
