namespace Minzheng.Bench.Infrastructure;

/// <summary>
/// The benchmark's own instance of the host (serve mode) on a fresh data folder, with the first administrator
/// signed in: where the API, import and roster scenarios start. Disposing stops the process, then deletes the folder.
/// </summary>
public sealed class BenchSession : IAsyncDisposable
{
    private BenchSession(ChildProcess server, ApiDriver api, string dataFolder)
    {
        Server = server;
        Api = api;
        DataFolder = dataFolder;
    }

    public ChildProcess Server { get; }

    public ApiDriver Api { get; }

    public string DataFolder { get; }

    /// <summary>Starts it with <paramref name="settings"/> (before the run's own <c>--host-setting</c>s, which win).</summary>
    public static async Task<BenchSession> StartAsync(BenchOptions options, string purpose, params string[] settings)
    {
        var data = HostLayout.NewDataFolder(purpose);
        ChildProcess? server = null;
        try
        {
            server = HostLayout.StartBenchServer(options.HostDir, data, [.. settings, .. options.HostSettings]);
            await server.WaitHealthyAsync(TimeSpan.FromMinutes(2));
            var api = new ApiDriver(server.BaseUrl);
            await api.SignInAsync();
            return new BenchSession(server, api, data);
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
            HostLayout.Delete(data);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        HostLayout.Delete(DataFolder);
    }
}
