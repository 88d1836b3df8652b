using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The staff of the fund's tests.</summary>
internal static class FundStaff
{
    public static readonly TestStaff Officer = TestStaff.District(TestDistricts.First,
        LotteryPermissions.Read, LotteryPermissions.Fund, LotteryPermissions.Disclose, PlatformPermissions.PlanRead);

    /// <summary>A town clerk holding the fund's permissions: posting is the district's all the same.</summary>
    public static readonly TestStaff TownClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        LotteryPermissions.Read, LotteryPermissions.Fund, LotteryPermissions.Disclose);

    /// <summary>Reads only.</summary>
    public static readonly TestStaff Reader = TestStaff.District(TestDistricts.First, LotteryPermissions.Read);
}

/// <summary>The fund's calls the tests repeat.</summary>
internal static class FundApi
{
    private static int _counter;

    /// <summary>A valid synthetic credit code, a new one each call.</summary>
    public static string NextCreditCode()
    {
        var first17 = $"52500110MJ{Interlocked.Increment(ref _counter) + 5000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static Task<HttpResponseMessage> ReceiveAsync(this HttpClient client, decimal amount, string source = "retained", string on = "2026-05-01", string? drawDate = null) =>
        client.PostAsJsonAsync("/api/lottery/fund/receipts", new { source, amount, receivedOn = on, drawDate, note = "测试收入" });

    public static async Task<JsonElement> ProjectAsync(this HttpClient client, string? creditCode = null, string? town = null, int year = 2026) =>
        await (await client.PostAsJsonAsync("/api/lottery/fund/projects", new
        {
            name = $"测试资助项目{Interlocked.Increment(ref _counter)}", recipientName = creditCode is null ? "万盛街道办事处" : "测试社会工作服务中心",
            recipientCreditCode = creditCode, purpose = "为困难老人提供居家养老服务", divisionCode = town, year,
        })).JsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, JsonElement project, string action, decimal amount, string on = "2026-05-20") =>
        client.PostAsJsonAsync($"/api/lottery/fund/projects/{project.Id()}/{action}/{project.Version()}", new { amount, occurredOn = on, note = "测试" });

    public static async Task<JsonElement> ReloadAsync(this HttpClient client, JsonElement project) =>
        await (await client.GetAsync($"/api/lottery/fund/projects/{project.Id()}")).JsonAsync();

    public static async Task<decimal> FundBalanceAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/lottery/fund")).JsonAsync()).GetProperty("balance").GetDecimal();

    public static decimal Money(this JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    /// <summary>Puts an event into the module's outbox as if a publisher had, then delivers it.</summary>
    public static async Task DeliverAsync(this LotteryHost host, string eventName, object payload)
    {
        await using (var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "lottery"))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """INSERT INTO "__minzheng_outbox" ("Id", "EventName", "Payload", "OccurredAt", "Attempts") VALUES (@id, @name, @payload, @at, 0)""";
            Add(command, "@id", host.Host.Engine == Sdk.Data.DatabaseEngine.Sqlite ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid());
            Add(command, "@name", eventName);
            Add(command, "@payload", JsonSerializer.Serialize(payload, Sdk.Events.EventJson.Options));
            Add(command, "@at", host.Host.Engine == Sdk.Data.DatabaseEngine.Sqlite ? host.Clock.GetUtcNow().UtcTicks : host.Clock.GetUtcNow());
            await command.ExecuteNonQueryAsync();
        }
        await host.Host.DispatchEventsAsync();
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
