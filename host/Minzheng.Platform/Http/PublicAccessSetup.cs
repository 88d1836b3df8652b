using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Configuration;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// The limit on public endpoints (<see cref="EndpointAccessExtensions.AllowPublicInDistrict{TBuilder}"/>): a fixed window
/// per client address, so that one client guessing certificate numbers or flooding check-ins is slowed down without
/// slowing anyone else. Staff endpoints are not limited here.
/// </summary>
public static class PublicAccessSetup
{
    /// <summary>Registers the public endpoints' limit; a limit below 1 is the deployer's mistake, said in one line.</summary>
    public static IServiceCollection AddPublicRateLimit(this IServiceCollection services, PublicRateLimitOptions options)
    {
        if (options.PermitsPerMinute < 1)
        {
            throw new ConfigurationProblem($"Minzheng:PublicRateLimit:PermitsPerMinute is {options.PermitsPerMinute}; it must be at least 1.");
        }
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PublicAccess.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "请求过于频繁",
                        Detail = "同一来源的查询次数过多，请稍后再试。",
                        Type = ProblemTypes.TooManyRequests,
                    },
                });
            };
        });
        return services;
    }
}
