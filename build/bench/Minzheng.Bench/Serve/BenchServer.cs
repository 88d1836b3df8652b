using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Host;
using Minzheng.Platform.Data;

namespace Minzheng.Bench.Serve;

/// <summary>
/// <c>Minzheng.Bench serve …</c>: the real host (MinzhengHost.BuildAsync, the same composition as
/// production, content root = the published host) plus the bench-only endpoints and timing hooks,
/// in its own process so that its memory and CPU are its own. Prints "BENCH-PHASE name ms" lines
/// (milliseconds since the process started, JIT milliseconds and methods, assemblies loaded) for the
/// start-up breakdown.
/// </summary>
public static class BenchServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        Phase("main entered");
        var profile = new Profile();
        var app = await MinzhengHost.BuildAsync(args, builder =>
        {
            Phase("builder created (configuration read)");
            builder.Services.AddSingleton<IStartupFilter>(new ProfileStartupFilter(profile));
            builder.Services.AddSingleton<IDbContextInterceptorFactory>(new CommandTimingFactory(profile));
            builder.Services.AddSingleton<IDbContextInterceptorFactory>(new TransactionTimingFactory(profile));
        });
        Phase("host built and data initialized (modules, migrations, administrator)");
        // The SQL of the initialization alone, before background work starts and adds its own.
        Console.WriteLine("BENCH-SQL " + string.Join(";", profile.Snapshot().Select(kv => $"{kv.Key}|{kv.Value.Count}|{kv.Value.TotalMs:F0}")));
        profile.Reset();
        BaselineEndpoints.Map(app, profile);
        app.Lifetime.ApplicationStarted.Register(() => Phase("listening"));
        await app.RunAsync();
        return 0;
    }

    private static void Phase(string name)
    {
        using var self = Process.GetCurrentProcess();
        // JIT time and assemblies so far: on a cold start much of the time is compiling code, not running it.
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        Console.WriteLine($"BENCH-PHASE {(DateTime.Now - self.StartTime).TotalMilliseconds:F0} {jit.TotalMilliseconds:F0} "
                          + $"{System.Runtime.JitInfo.GetCompiledMethodCount()} {AppDomain.CurrentDomain.GetAssemblies().Length} {name}");
    }
}
