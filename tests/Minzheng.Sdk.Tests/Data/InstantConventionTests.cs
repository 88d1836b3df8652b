using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Data;

namespace Minzheng.Sdk.Tests.Data;

/// <summary>A module's points in time are stored one way, chosen by the SDK for the context's engine.</summary>
public sealed class InstantConventionTests
{
    private static readonly DateTimeOffset BeijingMidnight = new(2026, 1, 10, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset UtcEvening = new(2026, 1, 9, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseEngine.Sqlite, "INTEGER")]
    [InlineData(DatabaseEngine.PostgreSql, "timestamp with time zone")]
    public void Every_point_in_time_the_outbox_included_takes_the_engines_form(DatabaseEngine engine, string storeType)
    {
        using var db = Open(engine, engine == DatabaseEngine.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=never_contacted");

        var points = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)).ToList();

        Assert.Equal(5, points.Count);
        Assert.All(points, p => Assert.Equal(storeType, p.GetColumnType()));
    }

    [Fact]
    public async Task On_sqlite_the_database_orders_and_compares_instants_whatever_their_offset()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mzt-instants-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = Open(DatabaseEngine.Sqlite, $"Data Source={file}"))
            {
                await db.Database.EnsureCreatedAsync();
                db.Events.AddRange(new Happening { Id = 1, At = UtcEvening }, new Happening { Id = 2, At = BeijingMidnight.AddTicks(1), Until = BeijingMidnight });
                await db.SaveChangesAsync();
            }
            await using (var db = Open(DatabaseEngine.Sqlite, $"Data Source={file}"))
            {
                // Beijing midnight is 16:00 UTC the day before: earlier than the UTC evening.
                Assert.Equal([2, 1], await db.Events.OrderBy(e => e.At).Select(e => e.Id).ToListAsync());
                Assert.Equal([2], await db.Events.Where(e => e.At < UtcEvening).Select(e => e.Id).ToListAsync());
                Assert.Equal(UtcEvening, await db.Events.MaxAsync(e => e.At));
                var read = await db.Events.SingleAsync(e => e.Until != null);
                Assert.Equal((BeijingMidnight.AddTicks(1), (DateTimeOffset?)BeijingMidnight), (read.At, read.Until));
                Assert.Equal(TimeSpan.Zero, read.At.Offset);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static SampleDb Open(DatabaseEngine engine, string connectionString)
    {
        var options = new DbContextOptionsBuilder<SampleDb>();
        options.UseMinzhengEngine(engine, connectionString, typeof(SampleDb).Assembly, schema: null);
        return new SampleDb(options.Options);
    }

    private sealed class Happening
    {
        public int Id { get; set; }
        public DateTimeOffset At { get; set; }
        public DateTimeOffset? Until { get; set; }
    }

    private sealed class SampleDb(DbContextOptions<SampleDb> options) : ModuleDbContext(options)
    {
        public DbSet<Happening> Events => Set<Happening>();
    }
}
