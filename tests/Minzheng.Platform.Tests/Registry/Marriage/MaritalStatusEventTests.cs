using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Marriage;

/// <summary>
/// The registry follows the marriage module's events (published here by the wedlock fixture, as the
/// marriage module does): residents it holds in that district become 已婚 or 离婚, once, in the order
/// of the registrations' dates; a voided registration puts back what it replaced.
/// </summary>
public sealed class MaritalStatusEventTests : IAsyncLifetime
{
    private static readonly TestStaff Clerk = TestStaff.District(TestDistricts.First,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryWrite, PlatformPermissions.AuditRead, "wedlock.write");

    private ModuleTestHost _host = null!;
    private HttpClient _clerk = null!;

    public async Task InitializeAsync()
    {
        // The fixture is enabled in the first district only: the platform's handler runs regardless of modules.
        _host = await PlatformTestHost.StartAsync(o => o.ModuleFolders.Add(FixtureModules.Wedlock));
        _clerk = _host.CreateClient(Clerk);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_registered_marriage_makes_both_residents_married_and_a_divorce_divorced_once_each()
    {
        var (a, b) = (TestIds.Next(), TestIds.Next(male: false));
        var personA = await RegisterAsync(a);
        var personB = await RegisterAsync(b);
        var outsider = SyntheticIds.IdNumberOf(new DateOnly(1990, 1, 1), 321, "110101"); // hukou in Beijing: not in this registry
        await _host.DispatchEventsAsync(); // the registry's own resident-registered events, out of the way

        await PublishAsync("registered", new { partyA = a, partyB = outsider, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000001" });
        await PublishAsync("registered", new { partyA = b, partyB = "not-a-number", registeredOn = "2026-05-21", certificateNumber = "J500110-2026-000002" });
        Assert.Equal(2, await _host.DispatchEventsAsync());

        Assert.Equal(("Married", 2), await StatusAsync(personA));
        Assert.Equal(("Married", 2), await StatusAsync(personB));
        Assert.Equal(0, await _host.DispatchEventsAsync());

        await PublishAsync("divorced", new { partyA = a, partyB = outsider, divorcedOn = "2026-06-01", certificateNumber = "L500110-2026-000001" });
        // The same fact told twice (say, a reissued message): the second changes nothing.
        await PublishAsync("divorced", new { partyA = a, partyB = outsider, divorcedOn = "2026-06-01", certificateNumber = "L500110-2026-000001" });
        Assert.Equal(2, await _host.DispatchEventsAsync());

        Assert.Equal(("Divorced", 3), await StatusAsync(personA));
        Assert.Equal(("Married", 2), await StatusAsync(personB));
        var changes = await _clerk.GetFromJsonAsync<JsonElement>($"/api/platform/audit?entity=Person&person={personA}&action=updated");
        Assert.Equal(2, changes.GetProperty("total").GetInt32());
        Assert.All(changes.GetProperty("items").EnumerateArray(), e => Assert.Equal("system", e.GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task Events_count_in_the_order_of_their_dates_not_of_their_arrival()
    {
        var (a, b) = (TestIds.Next(), TestIds.Next(male: false));
        var personA = await RegisterAsync(a);
        var personB = await RegisterAsync(b);
        await _host.DispatchEventsAsync();

        // A's divorce arrives before the marriage it ended (say, the marriage's delivery failed and was retried).
        await PublishAsync("divorced", new { partyA = a, partyB = b, divorcedOn = "2026-06-01", certificateNumber = "L500110-2026-000002" });
        await PublishAsync("registered", new { partyA = a, partyB = b, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000004" });
        Assert.Equal(2, await _host.DispatchEventsAsync());
        Assert.Equal(("Divorced", "2026-06-01", 2), await StatusSinceAsync(personA));
        Assert.Equal(("Divorced", "2026-06-01", 2), await StatusSinceAsync(personB));

        // B remarries the day of the divorce; the two arrive the wrong way round: still married.
        await PublishAsync("registered", new { partyA = TestIds.Next(), partyB = b, registeredOn = "2026-06-01", certificateNumber = "J500110-2026-000005" });
        await PublishAsync("divorced", new { partyA = a, partyB = b, divorcedOn = "2026-06-01", certificateNumber = "L500110-2026-000002" });
        Assert.Equal(2, await _host.DispatchEventsAsync());
        Assert.Equal(("Married", "2026-06-01", 3), await StatusSinceAsync(personB));

        // A later event still counts.
        await PublishAsync("registered", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-07-01", certificateNumber = "J500110-2026-000006" });
        Assert.Equal(1, await _host.DispatchEventsAsync());
        Assert.Equal(("Married", "2026-07-01", 3), await StatusSinceAsync(personA));
    }

    [Fact]
    public async Task A_status_staff_record_has_no_date_so_the_next_event_replaces_it_whatever_its_date()
    {
        var a = TestIds.Next();
        var personA = await RegisterAsync(a);
        await PublishAsync("registered", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000007" });
        await _host.DispatchEventsAsync();
        Assert.Equal(("Married", "2026-05-20", 2), await StatusSinceAsync(personA));

        // Staff learn of a divorce registered elsewhere: they say what the status is, not since when.
        var person = await _clerk.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{personA}");
        var edited = await _clerk.PutAsJsonAsync($"{RegistryApi.Persons}/{personA}", new
        {
            name = person.GetProperty("name").GetString(), ethnicity = "汉族", hukouType = "城镇",
            divisionCode = TestDistricts.VillageOfWansheng, maritalStatus = "离婚", version = 2,
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("Divorced", null, 3), await StatusSinceAsync(personA));

        await PublishAsync("registered", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-03-01", certificateNumber = "J500110-2026-000008" });
        await _host.DispatchEventsAsync();
        Assert.Equal(("Married", "2026-03-01", 4), await StatusSinceAsync(personA));
    }

    [Fact]
    public async Task A_voided_registration_puts_back_what_it_replaced_once()
    {
        var (a, b) = (TestIds.Next(), TestIds.Next(male: false));
        var personA = await RegisterAsync(a);
        var personB = await RegisterAsync(b);
        await _host.DispatchEventsAsync();
        await PublishAsync("divorced", new { partyA = a, partyB = TestIds.Next(false), divorcedOn = "2025-01-10", certificateNumber = "L500110-2025-000009" });
        await PublishAsync("registered", new { partyA = a, partyB = b, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000010" });
        await _host.DispatchEventsAsync();
        Assert.Equal(("Married", "2026-05-20", 3), await StatusSinceAsync(personA));
        Assert.Equal(("Married", "2026-05-20", 2), await StatusSinceAsync(personB));

        var voided = new { partyA = a, partyB = b, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000010", voidedOn = "2026-05-25" };
        await PublishAsync("registration-voided", voided);
        await PublishAsync("registration-voided", voided); // told twice: the second finds nothing to undo
        Assert.Equal(2, await _host.DispatchEventsAsync());

        // A was divorced before, since the day of that divorce; B's status was not recorded at all.
        Assert.Equal(("Divorced", "2025-01-10", 4), await StatusSinceAsync(personA));
        Assert.Equal(("Unknown", null, 3), await StatusSinceAsync(personB));
    }

    [Fact]
    public async Task A_void_undoes_nothing_where_the_registration_is_no_longer_the_status_in_force()
    {
        var a = TestIds.Next();
        var personA = await RegisterAsync(a);
        await PublishAsync("registered", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000011" });
        await PublishAsync("divorced", new { partyA = a, partyB = TestIds.Next(false), divorcedOn = "2026-05-22", certificateNumber = "L500110-2026-000012" });
        await _host.DispatchEventsAsync();
        Assert.Equal(("Divorced", "2026-05-22", 3), await StatusSinceAsync(personA));

        await PublishAsync("registration-voided", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000011", voidedOn = "2026-05-25" });
        await _host.DispatchEventsAsync();

        Assert.Equal(("Divorced", "2026-05-22", 3), await StatusSinceAsync(personA));
    }

    [Fact]
    public async Task A_registration_whose_void_arrived_first_is_ignored_and_a_later_one_still_counts()
    {
        var (a, b) = (TestIds.Next(), TestIds.Next(male: false));
        var personA = await RegisterAsync(a);
        await _host.DispatchEventsAsync(); // the registry's own resident-registered event, out of the way
        await PublishAsync("registration-voided", new { partyA = a, partyB = b, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000013", voidedOn = "2026-05-21" });
        await PublishAsync("registered", new { partyA = a, partyB = b, registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000013" });
        Assert.Equal(2, await _host.DispatchEventsAsync());
        Assert.Equal(("Unknown", null, 1), await StatusSinceAsync(personA));

        await PublishAsync("registered", new { partyA = a, partyB = TestIds.Next(false), registeredOn = "2026-05-30", certificateNumber = "J500110-2026-000014" });
        await _host.DispatchEventsAsync();
        Assert.Equal(("Married", "2026-05-30", 2), await StatusSinceAsync(personA));
    }

    [Fact]
    public async Task Residents_of_another_district_are_not_touched()
    {
        var idNumber = TestIds.Next();
        await using (var other = _host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.Second))
        {
            other.Persons.Add(new Person
            {
                Id = Guid.NewGuid(), IdNumber = idNumber, Name = "外区居民", Ethnicity = "汉族", HukouType = HukouType.Urban,
                DivisionCode = TestDistricts.VillageOfWansheng, BirthDate = new DateOnly(1980, 1, 1),
            });
            await other.SaveChangesAsync();
        }

        await PublishAsync("registered", new { partyA = idNumber, partyB = TestIds.Next(false), registeredOn = "2026-05-20", certificateNumber = "J500110-2026-000003" });
        Assert.Equal(1, await _host.DispatchEventsAsync());

        await using var db = _host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.Second);
        Assert.Equal(MaritalStatus.Unknown, db.Persons.Single(p => p.IdNumber == idNumber).MaritalStatus);
    }

    private async Task<string> RegisterAsync(string idNumber)
    {
        var response = await _clerk.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(idNumber));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unknown", person.GetProperty("maritalStatus").GetString());
        return person.Id();
    }

    private async Task PublishAsync(string what, object payload) =>
        Assert.Equal(HttpStatusCode.NoContent, (await _clerk.PostAsJsonAsync($"/api/wedlock/{what}", payload)).StatusCode);

    private async Task<(string?, string?, int)> StatusSinceAsync(string personId)
    {
        var person = await _clerk.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}/{personId}");
        return (person.GetProperty("maritalStatus").GetString(), person.GetProperty("maritalStatusSince").GetString(), person.GetProperty("version").GetInt32());
    }

    private async Task<(string?, int)> StatusAsync(string personId)
    {
        var (status, _, version) = await StatusSinceAsync(personId);
        return (status, version);
    }
}
