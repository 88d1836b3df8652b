using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Runs queued imports in the background, woken by an upload (or every half minute, for imports
/// queued by another host instance). Every round, the first at start-up, also takes over the imports
/// a crashed process left running once their claim has lapsed (<see cref="ImportClaims"/>), and
/// resumes them. With <see cref="MinzhengOptions.BackgroundWork"/> off, tests run them step by step
/// with <see cref="ImportRunner.RunPendingAsync"/>.
/// </summary>
internal sealed class ImportWorker(ImportRunner runner, ImportSignal signal, IOptions<MinzhengOptions> options, ILogger<ImportWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundWork)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Import round failed; retrying at the next poll");
            }
            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
