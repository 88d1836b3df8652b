using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Jobs;
using Minzheng.Sdk.Registry;

namespace Minzheng.Bench.Serve;

/// <summary>
/// Bench-only endpoints, mapped on the benchmark's own instance of the host and never in production:
/// the raw ADO.NET baselines on the same registry database file, an authenticated no-op (to split
/// the pipeline's cost from the query's) and the profile.
/// </summary>
internal static class BaselineEndpoints
{
    public sealed record BaselinePerson(string Id, string IdNumber, string Name, string Sex, string BirthDate, string Ethnicity, string? Phone,
        string HukouType, string DivisionCode, string? Address, string Status, int Version);

    public sealed record MarriageBody(string? PartyAIdNumber, string? PartyAName, string? PartyBIdNumber, string? PartyBName);

    public sealed record MemoryPeak(long PeakWorkingSet, long PeakHeap);

    public sealed record UpdateBody(string? Name, string? Ethnicity, string? Phone, string? HukouType, string? DivisionCode, string? Address, int? Version);

    public static void Map(WebApplication app, Profile profile)
    {
        var databases = app.Services.GetRequiredService<ModuleDatabases>();
        var district = app.Services.GetRequiredService<DistrictDirectory>().All[0].Id;
        var registry = databases.PlatformDatabases.Single(p => p.Name == "registry").ContextType;
        // The very file the registry's DbContext opens, found through the platform rather than guessed.
        var connectionString = RelationalOptionsExtension.Extract(databases.OptionsFor(registry, district)).ConnectionString!;

        app.MapGet("/bench/baseline/persons", async (string idNumber) =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT Id, IdNumber, Name, Sex, BirthDate, Ethnicity, Phone, HukouType, DivisionCode, Address, Status, Version
                    FROM persons WHERE IdNumber = $idNumber
                    """;
                command.Parameters.AddWithValue("$idNumber", idNumber);
                await using var reader = await command.ExecuteReaderAsync();
                var items = new List<BaselinePerson>();
                while (await reader.ReadAsync())
                {
                    items.Add(new BaselinePerson(reader.GetString(0).ToLowerInvariant(), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetString(8),
                        reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10), reader.GetInt32(11)));
                }
                return Results.Ok(new { items, total = items.Count });
            })
            .AllowPublic("benchmark baseline, only in the benchmark's own host");

        app.MapPut("/bench/baseline/persons/{id}", async (string id, UpdateBody body) =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    UPDATE persons SET Name = $name, Ethnicity = $ethnicity, Phone = $phone, HukouType = $hukou, DivisionCode = $division,
                        Address = $address, Version = Version + 1
                    WHERE Id = $id AND Version = $version
                    RETURNING Version
                    """;
                command.Parameters.AddWithValue("$name", body.Name ?? "");
                command.Parameters.AddWithValue("$ethnicity", body.Ethnicity ?? "");
                command.Parameters.AddWithValue("$phone", (object?)body.Phone ?? DBNull.Value);
                command.Parameters.AddWithValue("$hukou", body.HukouType == "农村" ? "Rural" : "Urban");
                command.Parameters.AddWithValue("$division", body.DivisionCode ?? "");
                command.Parameters.AddWithValue("$address", (object?)body.Address ?? DBNull.Value);
                // EF Core stores Guids as upper-case text on SQLite.
                command.Parameters.AddWithValue("$id", id.ToUpperInvariant());
                command.Parameters.AddWithValue("$version", body.Version ?? 0);
                var version = await command.ExecuteScalarAsync();
                return version is null ? Results.Conflict() : Results.Ok(new { id, version = Convert.ToInt32(version) });
            })
            .AllowPublic("benchmark baseline, only in the benchmark's own host");

        // The marriage module's database file, as the platform names it (<data>/<district>/<module id>.db).
        var marriages = $"Data Source={app.Services.GetRequiredService<DataFolder>().DistrictDatabase(district, "marriage")}";
        var office = app.Configuration[$"Modules:marriage:Offices:{district}:Code"] ?? "500110";
        app.MapPost("/bench/baseline/marriages", async (MarriageBody body) =>
            {
                // What a registration must write, raw: the ID numbers checked, the year's counter taken, the
                // certificate and the record inserted, one transaction (the module also checks both parties
                // against its archive and the registry, and publishes an event).
                var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
                if (!IdNumber.TryParse(body.PartyAIdNumber, today, out var a, out _) || !IdNumber.TryParse(body.PartyBIdNumber, today, out var b, out _))
                {
                    return Results.BadRequest();
                }
                await using var connection = new SqliteConnection(marriages);
                await connection.OpenAsync();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO "Sequences" ("Kind", "OfficeCode", "Year", "Last") VALUES ('Marriage', $office, $year, 1)
                    ON CONFLICT ("Kind", "OfficeCode", "Year") DO UPDATE SET "Last" = "Last" + 1
                    RETURNING "Last"
                    """;
                command.Parameters.AddWithValue("$office", office);
                command.Parameters.AddWithValue("$year", today.Year);
                var sequence = Convert.ToInt32(await command.ExecuteScalarAsync());
                var number = $"J{office}-{today.Year:D4}-{sequence:D6}";
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var now = DateTimeOffset.UtcNow.UtcTicks; // as the SDK stores a point in time on SQLite
                command.CommandText = """
                    INSERT INTO "Certificates" ("Number", "Kind", "OfficeCode", "Year", "Sequence", "IssuedOn", "SubjectId", "Status")
                    VALUES ($number, 'Marriage', $office, $year, $sequence, $today, $id, 'issued');
                    INSERT INTO "Marriages" ("Id", "CertificateNumber", "PartyAIdNumber", "PartyAName", "PartyBIdNumber", "PartyBName", "RegisteredOn",
                      "DeclarationSignedAt", "Status", "DivisionCode", "CrossProvince", "RegisteredById", "RegisteredByName", "RegisteredAt", "Version")
                    VALUES ($id, $number, $a, $nameA, $b, $nameB, $today, $now, 'registered', $office, $cross, 'bench', '基准', $now, 0)
                    """;
                command.Parameters.AddWithValue("$number", number);
                command.Parameters.AddWithValue("$sequence", sequence);
                command.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$a", a.Value);
                command.Parameters.AddWithValue("$nameA", body.PartyAName ?? "");
                command.Parameters.AddWithValue("$b", b.Value);
                command.Parameters.AddWithValue("$nameB", body.PartyBName ?? "");
                command.Parameters.AddWithValue("$now", now);
                command.Parameters.AddWithValue("$cross", false);
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                return Results.Created($"/bench/baseline/marriages/{id}", new { id, certificateNumber = number });
            })
            .AllowPublic("benchmark baseline, only in the benchmark's own host");

        app.MapGet("/bench/auth-only", () => Results.Ok(new { ok = true }))
            .RequirePermission(PlatformPermissions.RegistryRead);

        // Peak working set and GC heap of this process while a phase runs (the import works in the background,
        // so the orchestrator brackets it): started after a full collection, read when stopped.
        PeakMemory? sampling = null;
        app.MapPost("/bench/memory/start", () =>
            {
                Interlocked.Exchange(ref sampling, PeakMemory.Start());
                return Results.NoContent();
            })
            .AllowPublic("benchmark memory sampling, only in the benchmark's own host");
        app.MapPost("/bench/memory/stop", async () =>
            {
                if (Interlocked.Exchange(ref sampling, null) is not { } peak)
                {
                    return Results.NotFound();
                }
                await peak.DisposeAsync();
                return Results.Ok(new MemoryPeak(peak.PeakWorkingSet, peak.PeakHeap));
            })
            .AllowPublic("benchmark memory sampling, only in the benchmark's own host");

        // A module's job run once now in the first district, as the platform's runner runs it (its scope, as 系统): the
        // social organisations scenario times the lists' daily job, which has no endpoint of its own.
        app.MapPost("/bench/jobs/run", async (string job, CancellationToken cancellationToken) =>
            {
                var jobs = app.Services.GetRequiredService<ModuleCatalog>().ImplementationsOf<IModuleJob>();
                if (jobs.FirstOrDefault(j => j.Type.Name == job) is not { Type: { } type }) return Results.NotFound();
                await using var scope = app.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(app.Services.GetRequiredService<DistrictDirectory>().All[0]);
                await ((IModuleJob)scope.ServiceProvider.GetRequiredService(type)).RunAsync(cancellationToken);
                return Results.NoContent();
            })
            .AllowPublic("benchmark job trigger, only in the benchmark's own host");

        app.MapGet("/bench/profile", () => Results.Ok(profile.Snapshot())).AllowPublic("benchmark profile, only in the benchmark's own host");
        app.MapPost("/bench/profile/reset", () =>
            {
                profile.Reset();
                return Results.NoContent();
            })
            .AllowPublic("benchmark profile, only in the benchmark's own host");
    }
}
