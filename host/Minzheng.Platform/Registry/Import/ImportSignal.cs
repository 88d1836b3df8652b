namespace Minzheng.Platform.Registry.Import;

/// <summary>Wakes the import worker when a file has been uploaded.</summary>
internal sealed class ImportSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up takes every queued import.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
