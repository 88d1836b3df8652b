using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Registry changes publish their integration events through the registry's own outbox.</summary>
public sealed class RegistryEventsTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task Each_change_leaves_its_event_in_the_outbox_and_a_refused_change_leaves_none()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var id = person.Id();
        var url = $"{RegistryApi.Persons}/{id}";
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsJsonAsync(url + "/disability-certificates",
            new { number = idNumber + "33", category = "言语", grade = 3, issuedOn = new DateOnly(2022, 1, 1), validUntil = new DateOnly(2032, 1, 1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsJsonAsync(url + "/welfare-statuses", new { kind = "低保边缘", startsOn = new DateOnly(2026, 1, 1) })).StatusCode);
        var version = (await _writer.GetFromJsonAsync<System.Text.Json.JsonElement>(url)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await _writer.PostAsJsonAsync(url + "/deceased", new { date = RegistryHostFixture.Today.AddDays(3), version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _writer.PostAsJsonAsync(url + "/deceased", new { date = RegistryHostFixture.Today, version = version - 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _writer.PostAsJsonAsync(url + "/deceased", new { date = new DateOnly(2026, 5, 30), version })).StatusCode);

        var events = await OutboxAsync(id);
        Assert.Equal(
            ["registry.resident-registered", "registry.disability-certificate-changed", "registry.welfare-status-changed", "registry.resident-deceased"],
            events.Select(e => e.Name));
        Assert.Contains("2026-05-30", events[^1].Payload);
        Assert.Contains(TestDistricts.VillageOfWansheng, events[0].Payload);
        Assert.All(events, e => Assert.False(e.Dispatched));

        Assert.True(await fixture.Host.DispatchEventsAsync() >= events.Count);
        Assert.All(await OutboxAsync(id), e => Assert.True(e.Dispatched));
    }

    private async Task<List<(string Name, string Payload, bool Dispatched)>> OutboxAsync(string personId)
    {
        await using var connection = await fixture.Host.OpenDatabaseAsync(TestDistricts.First, "platform-registry");
        await using var command = connection.CreateCommand();
        // Insertion order breaks ties between events of one save: rowid on SQLite, the row's place on PostgreSQL.
        var inserted = fixture.Host.Engine == DatabaseEngine.Sqlite ? "rowid" : "ctid";
        command.CommandText = $"""SELECT "EventName", "Payload", "DispatchedAt" FROM "__minzheng_outbox" WHERE "Payload" LIKE @person ORDER BY "OccurredAt", {inserted}""";
        var person = command.CreateParameter();
        person.ParameterName = "@person";
        person.Value = $"%{personId}%";
        command.Parameters.Add(person);
        var rows = new List<(string, string, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), !reader.IsDBNull(2)));
        }
        return rows;
    }
}
