using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Events;

/// <summary>
/// Integration events travel from a module's outbox to the handlers of the modules enabled in the
/// event's district: at least once, recorded per handler so a second round delivers nothing, retried
/// with back-off on failure, and only for changes that were saved.
/// </summary>
public sealed class IntegrationEventTests
{
    private static readonly string[] Everything = ["notes.read", "notes.write", "echo.read"];

    [Fact]
    public async Task Note_created_in_a_district_is_delivered_once_to_echo_in_that_district()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo } });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, Everything));
        await clerk.CreateNoteAsync("送达一次", TestDistricts.VillageOfWansheng);
        Assert.Empty((await clerk.GetOkJsonAsync("/api/echo/received")).EnumerateArray());

        Assert.Equal(1, await host.DispatchEventsAsync());
        Assert.Equal([("送达一次", 1)], await ReceivedAsync(clerk));

        Assert.Equal(0, await host.DispatchEventsAsync());
        Assert.Equal([("送达一次", 1)], await ReceivedAsync(clerk));
    }

    [Fact]
    public async Task Event_is_not_delivered_to_a_module_not_enabled_in_the_district()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
            EnabledModules = new() { [TestDistricts.First] = ["notes"], [TestDistricts.Second] = [] },
        });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First,
            [.. Everything, PlatformPermissions.ModulesManage]));
        await ProblemAssert.IsProblemAsync(await clerk.GetAsync("/api/echo/received"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await clerk.GetAsync("/api/echo/job-runs"), HttpStatusCode.NotFound);

        await clerk.CreateNoteAsync("回声未启用", TestDistricts.VillageOfWansheng);
        Assert.Equal(1, await host.DispatchEventsAsync());

        // Switching echo on afterwards shows its database never received the event.
        await ProblemAssert.OkJsonAsync(await clerk.PutAsync($"/api/platform/districts/{TestDistricts.First}/modules/echo", null));
        Assert.Equal(0, await host.DispatchEventsAsync());
        Assert.Empty(await ReceivedAsync(clerk));
    }

    [Fact]
    public async Task Events_are_not_published_when_the_change_is_not_saved()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo } });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, Everything));

        var response = await clerk.PostAsJsonAsync("/api/notes/", new { text = "", divisionCode = TestDistricts.VillageOfWansheng });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal(0, await host.DispatchEventsAsync());
        Assert.Empty(await clerk.NoteTextsAsync());
        Assert.Empty(await ReceivedAsync(clerk));
    }

    internal static async Task<(string Text, int Deliveries)[]> ReceivedAsync(HttpClient client) =>
        (await client.GetOkJsonAsync("/api/echo/received")).EnumerateArray()
            .Select(r => (r.GetProperty("text").GetString()!, r.GetProperty("deliveries").GetInt32()))
            .ToArray();
}

/// <summary>Tests that make echo's handler fail through its static switch: not run in parallel with others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EchoHandlerFailuresCollection
{
    public const string Name = "Echo handler failures (static switch in the plugin)";
}

[Collection(EchoHandlerFailuresCollection.Name)]
public sealed class EventRetryTests
{
    [Fact]
    public async Task A_failed_delivery_is_retried_after_the_back_off_and_delivered_exactly_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
            Clock = clock,
        });
        var failures = EchoFailures.Switch(host);
        try
        {
            var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write", "echo.read"));
            await clerk.CreateNoteAsync("先失败后送达", TestDistricts.VillageOfWansheng);
            failures.SetValue(null, 1);

            Assert.Equal(1, await host.DispatchEventsAsync());
            Assert.Equal(0, (int)failures.GetValue(null)!); // the handler was called and failed
            Assert.Empty(await IntegrationEventTests.ReceivedAsync(clerk));

            // The first back-off is two seconds: not yet due after one.
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(0, await host.DispatchEventsAsync());
            Assert.Empty(await IntegrationEventTests.ReceivedAsync(clerk));

            clock.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(1, await host.DispatchEventsAsync());
            Assert.Equal([("先失败后送达", 1)], await IntegrationEventTests.ReceivedAsync(clerk));

            clock.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(0, await host.DispatchEventsAsync());
            Assert.Equal([("先失败后送达", 1)], await IntegrationEventTests.ReceivedAsync(clerk));
        }
        finally
        {
            failures.SetValue(null, 0);
        }
    }
}
