using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Identity.SignIn;

/// <summary>
/// The throttle on password sign-in (ASVS 2.2.1), before the lockout: one client address may try so many times a
/// minute whatever names it tries, and one user name may be tried so many times a minute from anywhere. The first
/// slows a single guesser without locking anyone; the second slows guessing spread over many addresses. It is kept
/// here rather than as an endpoint rate-limit policy because the account's key is in the request's body.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(SignInLimitOptions options)
    {
        _perClient = Limiter(options.PerClientPerMinute);
        _perAccount = Limiter(options.PerAccountPerMinute);
    }

    /// <summary>Null when the attempt may go on; else how long the caller should wait.</summary>
    public TimeSpan? Refusal(HttpContext context, string userName)
    {
        using var client = _perClient.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!client.IsAcquired)
        {
            return RetryAfter(client);
        }
        // Names differ by case only in how they were typed: Identity's lookup ignores case, so does the throttle.
        using var account = _perAccount.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return account.IsAcquired ? null : RetryAfter(account);
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _perAccount.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Limiter(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}

/// <summary>Registers the sign-in throttle.</summary>
public static class SignInThrottleSetup
{
    /// <summary>Registers the throttle with the deployment's limits; a limit below 1 is the deployer's mistake, said in one line.</summary>
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, SignInLimitOptions options)
    {
        if (options.PerClientPerMinute < 1 || options.PerAccountPerMinute < 1)
        {
            throw new ConfigurationProblem(
                $"Minzheng:SignInLimits:PerClientPerMinute is {options.PerClientPerMinute} and PerAccountPerMinute is {options.PerAccountPerMinute}; each must be at least 1.");
        }
        return services.AddSingleton(new SignInThrottle(options));
    }
}
