using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Minzheng.Platform.Data;

namespace Minzheng.Bench.Serve;

/// <summary>
/// Where a served request spends its time: the whole request (by route), and the SQL of the
/// platform's district databases (by DbContext and statement kind) including transaction begin and
/// commit. Read by the orchestrator through /bench/profile after each load run.
/// </summary>
public sealed class Profile
{
    private readonly ConcurrentDictionary<string, Stat> _stats = new();

    public void Add(string key, TimeSpan duration)
    {
        var stat = _stats.GetOrAdd(key, _ => new Stat());
        Interlocked.Increment(ref stat.Count);
        Interlocked.Add(ref stat.Ticks, duration.Ticks);
    }

    public void Reset() => _stats.Clear();

    public Dictionary<string, ProfileEntry> Snapshot() =>
        _stats.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => new ProfileEntry(Interlocked.Read(ref kv.Value.Count), TimeSpan.FromTicks(Interlocked.Read(ref kv.Value.Ticks)).TotalMilliseconds));

    private sealed class Stat
    {
        public long Count;
        public long Ticks;
    }
}

/// <summary>How often something happened and the time it took altogether.</summary>
public sealed record ProfileEntry(long Count, double TotalMs);

/// <summary>Times every request around the whole pipeline (a startup filter runs before the host's middleware).</summary>
internal sealed class ProfileStartupFilter(Profile profile) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            var started = Stopwatch.GetTimestamp();
            await inner(context);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "?";
            profile.Add($"request {context.Request.Method} {route}", Stopwatch.GetElapsedTime(started));
        });
        next(app);
    };
}

/// <summary>Adds the SQL timing to every district DbContext (registry, audit, modules) through the platform's own hook.</summary>
internal sealed class CommandTimingFactory(Profile profile) : IDbContextInterceptorFactory
{
    private readonly CommandTiming _interceptor = new(profile);

    public IInterceptor? Create(DbContextBinding binding) => _interceptor;
}

/// <summary>Adds the transaction timing (BEGIN waits for SQLite's write lock; COMMIT flushes).</summary>
internal sealed class TransactionTimingFactory(Profile profile) : IDbContextInterceptorFactory
{
    private readonly TransactionTiming _interceptor = new(profile);

    public IInterceptor? Create(DbContextBinding binding) => _interceptor;
}

internal sealed class CommandTiming(Profile profile) : DbCommandInterceptor
{
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData)
    {
        var text = command.CommandText.TrimStart();
        var verb = text.Length == 0 ? "?" : text[..Math.Max(1, text.IndexOfAny([' ', '\n', '\r']) is var i and > 0 ? i : text.Length)].ToUpperInvariant();
        profile.Add($"sql {eventData.Context?.GetType().Name ?? "?"} {verb}", eventData.Duration);
    }
}

internal sealed class TransactionTiming(Profile profile) : DbTransactionInterceptor
{
    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        profile.Add($"tx {eventData.Context?.GetType().Name ?? "?"} begin", eventData.Duration);
        return base.TransactionStartedAsync(connection, eventData, result, cancellationToken);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        profile.Add($"tx {eventData.Context?.GetType().Name ?? "?"} commit", eventData.Duration);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }
}
