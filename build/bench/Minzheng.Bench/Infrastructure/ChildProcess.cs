using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Minzheng.Bench.Infrastructure;

/// <summary>A web process started as a deployer would start it, on 127.0.0.1, killed when disposed.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ChildProcess(Process process, string baseUrl, Stopwatch sinceStart)
    {
        _process = process;
        BaseUrl = baseUrl;
        SinceStart = sinceStart;
    }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    /// <summary>Runs from just before the process was started.</summary>
    public Stopwatch SinceStart { get; }

    /// <summary>Lines the process wrote (stdout and stderr), for phase markers and for failures.</summary>
    public IReadOnlyList<string> Output { get { lock (_output) { return _output.ToList(); } } }

    /// <summary>Starts <c>dotnet dll args</c> in <paramref name="workingDirectory"/> on a free port.</summary>
    public static ChildProcess Start(string dll, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {dll}");
        var child = new ChildProcess(process, baseUrl, clock);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls <c>/health</c> until it answers 200; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (SinceStart.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the process exited ({_process.ExitCode}) before it answered:\n{string.Join('\n', Output.TakeLast(20))}");
            }
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or listening but not answering yet (a busy machine).
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"{BaseUrl}/health did not answer within {timeout}:\n{string.Join('\n', Output.TakeLast(20))}");
    }

    /// <summary>Resident memory now and at its peak, from /proc (Linux).</summary>
    public (long Rss, long PeakRss) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        long Kb(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return (Kb("VmRSS:"), Kb("VmHWM:"));
    }

    /// <summary>User + system CPU time so far, from /proc (Linux; clock ticks of 1/100 s).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name (which may contain spaces, so split after its closing parenthesis).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.Add(line); }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
