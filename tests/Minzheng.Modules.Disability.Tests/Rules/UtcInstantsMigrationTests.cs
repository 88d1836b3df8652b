using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Rules;

/// <summary>
/// The migration to the SDK's time convention keeps what a district stored before it: every point in time the same
/// instant, now in time order.
/// </summary>
public sealed class UtcInstantsMigrationTests
{
    private const string Migration = "UtcInstants";
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    // In the old form clock ticks were compared: Beijing midnight (16:00 UTC the day before) sorted after 20:00 UTC.
    private static readonly DateTimeOffset BeijingMidnight = new(2026, 1, 10, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset UtcEvening = new(2026, 1, 9, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeijingMorning = new DateTimeOffset(2026, 1, 10, 9, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_000);

    [Fact]
    public async Task Steps_rosters_and_outbox_keep_their_instants_in_time_order()
    {
        await using var database = await MigrationDatabase.CreateAsync(ModuleBuildOutputs.Of<DisabilityModule>(), "DisabilityDb");
        await database.MigrateToBeforeAsync(Migration);
        var applicationId = Guid.NewGuid();
        await using (var db = database.NewContext())
        {
            Add(db, "SubsidyApplication", ("Id", applicationId));
            await db.SaveChangesAsync();
            foreach (var (title, at) in new[] { ("evening", UtcEvening), ("midnight", BeijingMidnight), ("morning", BeijingMorning) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "application_steps" ("Id", "ApplicationId", "At", "Title", "StaffId", "StaffName") VALUES ({0}, {1}, {2}, {3}, 'staff', '办事员')""",
                    Guid.NewGuid(), applicationId, Binary.ConvertToProvider(at)!, title);
            }
            // Raw: the context writes the new form, which the old columns (bigint on PostgreSQL) do not take.
            foreach (var (month, generated) in new[] { (202601, UtcEvening), (202602, BeijingMidnight) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "rosters" ("Id", "Month", "Status", "GeneratedById", "GeneratedByName", "GeneratedAt", "LineCount", "Total", "Version")
                    VALUES ({0}, {1}, 0, 'staff', '办事员', {2}, 0, 0, 1)
                    """,
                    Guid.NewGuid(), month, Binary.ConvertToProvider(generated)!);
            }
            await db.Database.ExecuteSqlRawAsync("""UPDATE "rosters" SET "ApprovedAt" = {0} WHERE "Month" = 202602""", Binary.ConvertToProvider(BeijingMorning)!);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__minzheng_outbox" ("Id", "EventName", "Payload", "OccurredAt", "Attempts", "NextAttemptAt") VALUES ({0}, 'pending', '{{}}', {1}, 1, {2})""",
                Guid.NewGuid(), Binary.ConvertToProvider(BeijingMidnight)!, Binary.ConvertToProvider(BeijingMorning)!);
        }

        await database.MigrateAsync();

        await using (var db = database.NewContext())
        {
            var steps = await MigrationDatabase.Rows(db, "ApplicationStep").OrderBy(s => EF.Property<DateTimeOffset>(s, "At")).ToListAsync();
            Assert.Equal(["midnight", "evening", "morning"], steps.Select(s => ((WorkflowStep)s).Title));
            Assert.Equal([BeijingMidnight, UtcEvening, BeijingMorning], steps.Select(s => ((WorkflowStep)s).At));
            Assert.All(steps, s => Assert.Equal(TimeSpan.Zero, ((WorkflowStep)s).At.Offset));

            var rosters = await MigrationDatabase.Rows(db, "PaymentRoster").OrderBy(r => EF.Property<DateTimeOffset>(r, "GeneratedAt")).ToListAsync();
            Assert.Equal([202602, 202601], rosters.Select(r => (int)db.Entry(r).Property("Month").CurrentValue!));
            Assert.Equal([BeijingMidnight, UtcEvening], rosters.Select(r => (DateTimeOffset)db.Entry(r).Property("GeneratedAt").CurrentValue!));
            Assert.Equal([BeijingMorning, null], rosters.Select(r => (DateTimeOffset?)db.Entry(r).Property("ApprovedAt").CurrentValue));

            var message = await ((ModuleDbContext)db).OutboxMessages.SingleAsync(m => m.NextAttemptAt <= BeijingMorning && m.OccurredAt < UtcEvening);
            Assert.Equal((BeijingMidnight, (DateTimeOffset?)BeijingMorning, (DateTimeOffset?)null), (message.OccurredAt, message.NextAttemptAt, message.DispatchedAt));
        }
    }

    [Fact]
    public async Task Going_back_restores_the_binary_form()
    {
        await using var database = await MigrationDatabase.CreateAsync(ModuleBuildOutputs.Of<DisabilityModule>(), "DisabilityDb");
        await database.MigrateAsync();
        await using (var db = database.NewContext())
        {
            Add(db, "PaymentRoster", ("Id", Guid.NewGuid()), ("Month", 202601), ("GeneratedAt", BeijingMorning));
            await db.SaveChangesAsync();
        }

        await database.MigrateToBeforeAsync(Migration);

        await using (var db = database.NewContext())
        {
            var stored = await db.Database.SqlQueryRaw<long>("""SELECT "GeneratedAt" AS "Value" FROM "rosters" """).SingleAsync();
            Assert.Equal(BeijingMorning, (DateTimeOffset)Binary.ConvertFromProvider(stored)!);
        }
    }

    // The module's types are the plugin's, loaded apart: set by name.
    private static void Add(DbContext db, string entityName, params (string Property, object Value)[] values)
    {
        var entity = Activator.CreateInstance(db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entityName).ClrType)!;
        var entry = db.Entry(entity);
        foreach (var (property, value) in values)
        {
            entry.Property(property).CurrentValue = value;
        }
        db.Add(entity);
    }
}
