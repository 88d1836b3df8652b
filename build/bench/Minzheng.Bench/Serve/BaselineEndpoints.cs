using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

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

        app.MapGet("/bench/profile", () => Results.Ok(profile.Snapshot())).AllowPublic("benchmark profile, only in the benchmark's own host");
        app.MapPost("/bench/profile/reset", () =>
            {
                profile.Reset();
                return Results.NoContent();
            })
            .AllowPublic("benchmark profile, only in the benchmark's own host");
    }
}
