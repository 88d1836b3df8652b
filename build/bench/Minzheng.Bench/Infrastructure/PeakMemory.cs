using System.Diagnostics;

namespace Minzheng.Bench.Infrastructure;

/// <summary>
/// The peak of one phase, not of the whole process: Process.PeakWorkingSet64 would also count every
/// earlier phase of this run, so the working set and the GC heap are sampled while the phase runs.
/// </summary>
public sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakWorkingSet;
    private long _peakHeap;

    private PeakMemory()
    {
        _sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                Sample(process);
                try { await Task.Delay(20, _stop.Token); } catch (OperationCanceledException) { }
            }
            Sample(process);
        });
    }

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    /// <summary>Starts sampling after a full collection, so that garbage of earlier phases is not counted.</summary>
    public static PeakMemory Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new PeakMemory();
    }

    private void Sample(Process process)
    {
        process.Refresh();
        Max(ref _peakWorkingSet, process.WorkingSet64);
        Max(ref _peakHeap, GC.GetTotalMemory(false));
    }

    private static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }
}
