using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>
/// The audit trail's real parts (databases per district, interceptor, writer, verifier) wired by hand,
/// without a web host: for the domain rules.
/// </summary>
internal sealed class AuditTestBed : IAsyncDisposable
{
    public const string District = "district-a";

    private readonly string _folder;

    private readonly TestDatabaseLease _lease;
    private readonly DataStore _store;
    private readonly DistrictDirectory _districts;

    private AuditTestBed(string folder, FakeTimeProvider clock, ModuleDatabases databases, DataStore store, DistrictDirectory districts, TestDatabaseLease lease)
    {
        _folder = folder;
        _lease = lease;
        _store = store;
        _districts = districts;
        Clock = clock;
        Databases = databases;
        Checkpoints = new FolderCheckpointStore(Path.Combine(folder, "checkpoints"));
        UseKeys(AuditKeyRing.Of(FirstKey));
    }

    /// <summary>The key the bed starts with.</summary>
    public static AuditKey FirstKey { get; } = AuditKey.Generate("k1");

    public FakeTimeProvider Clock { get; }

    public ModuleDatabases Databases { get; }

    /// <summary>The key ring the writer, the verifier and the checkpoints use now.</summary>
    public AuditKeyRing Keys { get; private set; } = null!;

    public AuditWriter Writer { get; private set; } = null!;

    public FolderCheckpointStore Checkpoints { get; }

    public AuditVerifier Verifier => new(Databases, Keys, Checkpoints);

    public AuditCheckpoints CheckpointTaker => new(Databases, Keys, Checkpoints, Clock, new AuditOptions(), NullLogger<AuditCheckpoints>.Instance);

    /// <summary>A restart with another key ring (a rotation, a lost key): the writer is built anew with it.</summary>
    public void UseKeys(AuditKeyRing keys)
    {
        Keys = keys;
        Writer = new AuditWriter(Databases, _store, _districts, Clock, keys);
    }

    /// <summary>Signs the head now, as the hourly job does.</summary>
    public async Task<AuditCheckpoint> CheckpointAsync() =>
        (await CheckpointTaker.TakeAsync(District, evenIfUnchanged: true, CancellationToken.None))!;

    public static ICallerContext Clerk { get; } = new TestCaller(District, new StaffMember("clerk-1", "张三"));

    public static async Task<AuditTestBed> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "minzheng-audit-" + Guid.NewGuid().ToString("N"));
        var dataFolder = DataFolder.Prepare(folder, folder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        var districts = new DistrictDirectory([new District(District, "测试区", "500110", [], [])]);
        AuditTestBed? bed = null;
        var factory = new AuditInterceptorFactory(new Lazy<AuditWriter>(() => bed!.Writer), NullLogger<AuditSaveChangesInterceptor>.Instance);
        var lease = TestEngine.Lease();
        var store = DataStore.For(new ConfigurationBuilder().AddInMemoryCollection(lease.Settings).Build()
            .GetSection("Minzheng:Database").Get<DatabaseOptions>() ?? new DatabaseOptions(), dataFolder);
        var databases = new ModuleDatabases(store, new ModuleCatalog([]), new OutboxStampInterceptor(clock, new OutboxSignal()),
            [new PlatformDatabase(typeof(AuditDbContext), "audit"), new PlatformDatabase(typeof(SampleDb), "sample")], [factory]);
        bed = new AuditTestBed(folder, clock, databases, store, districts, lease);
        await using (var audit = databases.Create<AuditDbContext>(District))
        {
            await store.PrepareAsync(audit, CancellationToken.None);
            await audit.Database.MigrateAsync();
        }
        await using (var sample = databases.Create<SampleDb>(District))
        {
            await store.PrepareAsync(sample, CancellationToken.None);
            // The sample's tables go into its own (empty) schema: EnsureCreated would skip a database that has tables.
            await sample.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().CreateTablesAsync();
        }
        return bed;
    }

    public SampleDb Sample(ICallerContext? actor = null) => Databases.Create<SampleDb>(District, actor ?? Clerk);

    public async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = Databases.Create<AuditDbContext>(District);
        return await db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    public Task AppendAsync(string action, string key = "k", string? person = null) =>
        Writer.AppendAsync(District, new AuditDraft("platform", new AuditActor("clerk-1", "张三"), action, "Thing", key, person, null, "{}"), CancellationToken.None);

    /// <summary>A connection straight to the audit database, as someone tampering with it would open one.</summary>
    public async Task<DbConnection> OpenAuditDatabaseAsync()
    {
        var connection = Databases.CreateConnection(District, "platform-audit");
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _lease.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS: the temp folder is cleaned by the machine anyway.
        }
    }
}
