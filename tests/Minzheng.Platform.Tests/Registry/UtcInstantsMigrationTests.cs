using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>
/// The registry derives from the SDK's ModuleDbContext and follows its time convention: its migration keeps every point
/// in time stored before it (outbox and registry alike) as the same instant, now in time order.
/// </summary>
public sealed class UtcInstantsMigrationTests
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();
    private static readonly DateTimeOffset BeijingMidnight = new(2026, 1, 10, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset UtcEvening = new(2026, 1, 9, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Households_and_outbox_keep_their_instants_in_time_order()
    {
        await using var database = await MigrationDatabase.CreateAsync(typeof(RegistryDbContext));
        await database.MigrateToBeforeAsync("UtcInstants");
        await using (var db = (RegistryDbContext)database.NewContext())
        {
            foreach (var (number, at) in new[] { ("evening", UtcEvening), ("midnight", BeijingMidnight) })
            {
                await db.Database.ExecuteSqlRawAsync("""INSERT INTO "households" ("Id", "DivisionCode", "Number", "CreatedAt") VALUES ({0}, '500110004', {1}, {2})""",
                    Guid.NewGuid(), number, Binary.ConvertToProvider(at)!);
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "__minzheng_outbox" ("Id", "EventName", "Payload", "OccurredAt", "Attempts", "DispatchedAt") VALUES ({0}, {1}, '{{}}', {2}, 0, {2})""",
                    Guid.NewGuid(), number, Binary.ConvertToProvider(at)!);
            }
        }

        await database.MigrateAsync();

        await using (var db = (RegistryDbContext)database.NewContext())
        {
            Assert.Equal([("midnight", BeijingMidnight), ("evening", UtcEvening)],
                (await db.Households.OrderBy(h => h.CreatedAt).ToListAsync()).Select(h => (h.Number, h.CreatedAt)));
            Assert.Equal([("midnight", BeijingMidnight, (DateTimeOffset?)BeijingMidnight), ("evening", UtcEvening, UtcEvening)],
                (await db.OutboxMessages.OrderBy(m => m.OccurredAt).ToListAsync()).Select(m => (m.EventName, m.OccurredAt, m.DispatchedAt)));
            Assert.Equal(["midnight"], await db.OutboxMessages.Where(m => m.DispatchedAt < UtcEvening).Select(m => m.EventName).ToListAsync());
        }
    }
}
