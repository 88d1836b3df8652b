using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Api;

/// <summary>
/// The migration to the SDK's time convention keeps what an office stored before it: every point in time the same
/// instant, now in time order, and the steps' staff columns renamed with their values.
/// </summary>
public sealed class UtcInstantsMigrationTests
{
    private const string Migration = "UtcInstantsAndWorkflowSteps";
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    // Beijing midnight (a step the job records "at the moment the law moved the application") is 16:00 UTC the day before:
    // in the old form its clock ticks sorted it after a UTC step of 20:00 that happened four hours later.
    private static readonly DateTimeOffset BeijingMidnight = new(2026, 1, 10, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset UtcEvening = new(2026, 1, 9, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeijingMorning = new DateTimeOffset(2026, 1, 10, 9, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_000);

    [Fact]
    public async Task Steps_and_outbox_keep_their_instants_in_time_order_and_their_staff()
    {
        await using var database = await MigrationDatabase.CreateAsync(ModuleBuildOutputs.Of<MarriageModule>(), "MarriageDb");
        await database.MigrateToBeforeAsync(Migration);
        var applicationId = Guid.NewGuid();
        await using (var db = database.NewContext())
        {
            var application = Activator.CreateInstance(db.Model.GetEntityTypes().Single(e => e.ClrType.Name == "DivorceApplication").ClrType)!;
            db.Entry(application).Property("Id").CurrentValue = applicationId;
            db.Add(application);
            await db.SaveChangesAsync();
            foreach (var (title, at) in new[] { ("evening", UtcEvening), ("midnight", BeijingMidnight), ("morning", BeijingMorning) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "DivorceStep" ("Id", "ApplicationId", "At", "Title", "ById", "ByName") VALUES ({0}, {1}, {2}, {3}, {4}, {5})""",
                    Guid.NewGuid(), applicationId, Binary.ConvertToProvider(at)!, title, "staff-" + title, "办事员" + title);
            }
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__minzheng_outbox" ("Id", "EventName", "Payload", "OccurredAt", "DispatchedAt", "Attempts", "NextAttemptAt") VALUES ({0}, 'pending', '{{}}', {1}, NULL, 1, {2})""",
                Guid.NewGuid(), Binary.ConvertToProvider(BeijingMidnight)!, Binary.ConvertToProvider(BeijingMorning)!);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__minzheng_outbox" ("Id", "EventName", "Payload", "OccurredAt", "DispatchedAt", "Attempts", "NextAttemptAt") VALUES ({0}, 'dispatched', '{{}}', {1}, {2}, 0, NULL)""",
                Guid.NewGuid(), Binary.ConvertToProvider(UtcEvening)!, Binary.ConvertToProvider(BeijingMorning)!);
        }

        await database.MigrateAsync();

        await using (var db = database.NewContext())
        {
            // Ordered and compared by the database: the query the history and the dispatcher rely on.
            var steps = await MigrationDatabase.Rows(db, "DivorceStep").OrderBy(s => EF.Property<DateTimeOffset>(s, "At")).ToListAsync();
            Assert.Equal(["midnight", "evening", "morning"], steps.Select(s => (string)db.Entry(s).Property("Title").CurrentValue!));
            Assert.Equal([BeijingMidnight, UtcEvening, BeijingMorning], steps.Select(s => (DateTimeOffset)db.Entry(s).Property("At").CurrentValue!));
            Assert.All(steps, s => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)db.Entry(s).Property("At").CurrentValue!).Offset));
            Assert.Equal(["staff-midnight", "staff-evening", "staff-morning"], steps.Select(s => ((WorkflowStep)s).StaffId));
            Assert.Equal(["办事员midnight", "办事员evening", "办事员morning"], steps.Select(s => ((WorkflowStep)s).StaffName));
            Assert.Equal(2, await MigrationDatabase.Rows(db, "DivorceStep").CountAsync(s => EF.Property<DateTimeOffset>(s, "At") < BeijingMorning));

            var outbox = ((ModuleDbContext)db).OutboxMessages;
            var messages = await outbox.OrderBy(m => m.OccurredAt).ToListAsync();
            Assert.Equal(["pending", "dispatched"], messages.Select(m => m.EventName));
            Assert.Equal([BeijingMidnight, UtcEvening], messages.Select(m => m.OccurredAt));
            Assert.Equal([null, BeijingMorning], messages.Select(m => m.DispatchedAt));
            Assert.Equal([BeijingMorning, null], messages.Select(m => m.NextAttemptAt));
            Assert.Equal(["pending"], await outbox.Where(m => m.DispatchedAt == null && m.NextAttemptAt <= BeijingMorning).Select(m => m.EventName).ToListAsync());
            Assert.Empty(await outbox.Where(m => m.NextAttemptAt < BeijingMorning).ToListAsync());
        }
    }

    [Fact]
    public async Task Going_back_restores_the_binary_form_and_the_old_column_names()
    {
        await using var database = await MigrationDatabase.CreateAsync(ModuleBuildOutputs.Of<MarriageModule>(), "MarriageDb");
        await database.MigrateAsync();
        var applicationId = Guid.NewGuid();
        await using (var db = database.NewContext())
        {
            var application = Activator.CreateInstance(db.Model.GetEntityTypes().Single(e => e.ClrType.Name == "DivorceApplication").ClrType)!;
            db.Entry(application).Property("Id").CurrentValue = applicationId;
            db.Add(application);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "DivorceStep" ("Id", "ApplicationId", "At", "Title", "StaffId", "StaffName") VALUES ({0}, {1}, {2}, 'step', 'staff-1', '办事员')""",
                Guid.NewGuid(), applicationId, database.Engine == DatabaseEngine.Sqlite ? BeijingMorning.UtcTicks : BeijingMorning.ToUniversalTime());
        }

        await database.MigrateToBeforeAsync(Migration);

        await using (var db = database.NewContext())
        {
            var stored = await db.Database.SqlQueryRaw<long>("""SELECT "At" AS "Value" FROM "DivorceStep" """).SingleAsync();
            Assert.Equal(BeijingMorning, (DateTimeOffset)Binary.ConvertFromProvider(stored)!);
            Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)Binary.ConvertFromProvider(stored)!).Offset);
            Assert.Equal("staff-1", await db.Database.SqlQueryRaw<string>("""SELECT "ById" AS "Value" FROM "DivorceStep" """).SingleAsync());
        }
    }
}
