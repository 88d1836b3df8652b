using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.ForModules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>The <see cref="IResidentRegistry"/> modules receive: the caller's district and scope, audited.</summary>
public sealed class ResidentRegistryServiceTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    [Fact]
    public async Task A_module_finds_a_resident_of_its_district_with_certificates_and_welfare_and_the_read_is_audited()
    {
        var writer = fixture.Client(Staff.Writer);
        var idNumber = TestIds.Next();
        var person = await writer.RegisterAsync(idNumber);
        var url = $"{RegistryApi.Persons}/{person.Id()}";
        var certificate = await (await writer.PostAsJsonAsync(url + "/disability-certificates",
            new { number = idNumber + "21", category = "听力", grade = 1, issuedOn = new DateOnly(2020, 1, 1), validUntil = new DateOnly(2030, 1, 1) }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        await writer.PostAsJsonAsync($"{url}/disability-certificates/{certificate.Id()}/revoke", new { revokedOn = new DateOnly(2026, 1, 1), reason = "复核" });
        await writer.PostAsJsonAsync(url + "/welfare-statuses", new { kind = "低保", startsOn = new DateOnly(2025, 1, 1) });

        var id = IdNumber.Parse(idNumber, RegistryHostFixture.Today);
        var districts = fixture.Host.Services.GetRequiredService<DistrictDirectory>();
        var before = (await fixture.SensitiveReadsOfAsync(person.Id())).Count;
        await using (var scope = fixture.Host.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(districts.Find(TestDistricts.First)!))
        {
            var record = await scope.ServiceProvider.GetRequiredService<IResidentRegistry>().FindAsync(id, CancellationToken.None);
            Assert.NotNull(record);
            Assert.Equal(Guid.Parse(person.Id()), record.Id);
            Assert.Equal(idNumber, record.IdNumber.Value);
            var held = Assert.Single(record.DisabilityCertificates);
            // Revoked on 2026-01-01: it counted the day before, not on the day.
            Assert.True(held.IsValidOn(new DateOnly(2025, 12, 31)));
            Assert.False(held.IsValidOn(new DateOnly(2026, 1, 1)));
            Assert.True(Assert.Single(record.WelfareStatuses).HoldsOn(RegistryHostFixture.Today));
        }
        Assert.Equal([ResidentRegistry.What], (await fixture.SensitiveReadsOfAsync(person.Id())).Skip(before));

        await using (var scope = fixture.Host.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(districts.Find(TestDistricts.Second)!))
        {
            var registry = scope.ServiceProvider.GetRequiredService<IResidentRegistry>();
            Assert.Null(await registry.FindAsync(id, CancellationToken.None));
            Assert.Null(await registry.GetAsync(Guid.Parse(person.Id()), CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_town_scoped_caller_gets_only_residents_of_its_town()
    {
        var writer = fixture.Client(Staff.Writer);
        var donglin = await writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfDonglin);
        var wansheng = await writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfWansheng);

        var clerk = new TownCaller(TestDistricts.First, TestDistricts.TownWansheng);
        await using var db = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(clerk.DistrictId, clerk);
        var registry = new ResidentRegistry(db, clerk, new SensitiveReads(clerk, new NoAudit()));

        Assert.Null(await registry.GetAsync(Guid.Parse(donglin.Id()), CancellationToken.None));
        Assert.NotNull(await registry.GetAsync(Guid.Parse(wansheng.Id()), CancellationToken.None));
    }

    [Fact]
    public async Task Many_id_numbers_are_found_in_one_call_within_the_callers_scope_and_each_resident_handed_out_is_audited_once()
    {
        var writer = fixture.Client(Staff.Writer);
        var (first, second, otherTown, unknown) = (TestIds.Next(), TestIds.Next(), TestIds.Next(), TestIds.Next());
        var firstPerson = await writer.RegisterAsync(first, TestDistricts.VillageOfWansheng);
        var secondPerson = await writer.RegisterAsync(second, TestDistricts.VillageOfWansheng);
        await writer.RegisterAsync(otherTown, TestDistricts.VillageOfDonglin);
        await AddCertificateAsync(writer, secondPerson.Id(), second);
        // Out of order, one twice, one of another town, one nobody holds.
        var asked = new[] { second, otherTown, first, unknown, second }.Select(i => IdNumber.Parse(i, RegistryHostFixture.Today)).ToList();

        var clerk = new TownCaller(TestDistricts.First, TestDistricts.TownWansheng);
        await using var db = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(clerk.DistrictId, clerk);
        var audit = new CountingAudit();
        var registry = new ResidentRegistry(db, clerk, new SensitiveReads(clerk, audit));
        var found = await registry.FindManyAsync(asked, CancellationToken.None);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), found.Select(r => r.IdNumber.Value));
        Assert.Equal([firstPerson.Id(), secondPerson.Id()], new[] { first, second }.Select(i => found.Single(r => r.IdNumber.Value == i).Id.ToString()));
        // The whole record, as FindAsync hands it out, and audited as it audits: once per resident handed out.
        Assert.Single(found.Single(r => r.IdNumber.Value == second).DisabilityCertificates);
        Assert.Equal(2, audit.Reads);
        Assert.Equal(found.Select(r => r.Id), (await ((IResidentRegistry)new OneByOne(registry)).FindManyAsync(asked, CancellationToken.None)).Select(r => r.Id));

        var elsewhere = new DistrictCaller(TestDistricts.Second, TestDistricts.DivisionCode);
        await using var secondDb = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(elsewhere.DistrictId, elsewhere);
        Assert.Empty(await new ResidentRegistry(secondDb, elsewhere, new SensitiveReads(elsewhere, new NoAudit())).FindManyAsync(asked, CancellationToken.None));
        Assert.Empty(await registry.FindManyAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task A_listing_streams_the_matching_residents_of_the_callers_scope_across_batches()
    {
        var writer = fixture.Client(Staff.Writer);
        var village = TestDistricts.VillageOfWansheng;
        var withCertificate = new List<string>();
        // More than one batch of 500 would be slow here; the filter and the scope are what can break.
        for (var i = 0; i < 3; i++)
        {
            var id = TestIds.Next();
            var person = await writer.RegisterAsync(id, village);
            await AddCertificateAsync(writer, person.Id(), id);
            withCertificate.Add(person.Id());
        }
        var without = await writer.RegisterAsync(TestIds.Next(), village);
        var otherTownId = TestIds.Next();
        var otherTown = await writer.RegisterAsync(otherTownId, TestDistricts.VillageOfDonglin);
        await AddCertificateAsync(writer, otherTown.Id(), otherTownId);

        var clerk = new TownCaller(TestDistricts.First, TestDistricts.TownWansheng);
        await using var db = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(clerk.DistrictId, clerk);
        var audit = new CountingAudit();
        var registry = new ResidentRegistry(db, clerk, new SensitiveReads(clerk, audit));

        var listed = new List<ResidentRecord>();
        await foreach (var record in registry.ListAsync(new ResidentFilter(WithDisabilityCertificate: true), CancellationToken.None))
        {
            listed.Add(record);
        }
        var ids = listed.Select(r => r.Id.ToString()).ToList();
        Assert.Superset(withCertificate.ToHashSet(), ids.ToHashSet());
        Assert.DoesNotContain(without.Id(), ids);
        Assert.DoesNotContain(otherTown.Id(), ids);
        Assert.All(listed, r => Assert.NotEmpty(r.DisabilityCertificates));
        Assert.Equal(listed.Select(r => r.IdNumber.Value).Order(StringComparer.Ordinal), listed.Select(r => r.IdNumber.Value));
        Assert.Equal(1, audit.Reads);
    }

    [Fact]
    public async Task Counts_per_town_cover_the_callers_scope_and_filter_and_are_not_audited()
    {
        var writer = fixture.Client(Staff.Writer);
        var district = new DistrictCaller(TestDistricts.First, TestDistricts.DivisionCode);
        var clerk = new TownCaller(TestDistricts.First, TestDistricts.TownWansheng);
        var alive = new ResidentFilter(Status: ResidentStatus.Alive);
        var deceased = new ResidentFilter(Status: ResidentStatus.Deceased);
        var (districtBefore, clerkBefore, deceasedBefore) = (await CountsAsync(district, alive), await CountsAsync(clerk, alive), await CountsAsync(district, deceased));

        await writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfWansheng);
        await writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfWansheng);
        await writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfDonglin);

        var (districtAfter, clerkAfter) = (await CountsAsync(district, alive), await CountsAsync(clerk, alive));
        Assert.Equal(2, districtAfter[TestDistricts.TownWansheng] - districtBefore.GetValueOrDefault(TestDistricts.TownWansheng));
        Assert.Equal(1, districtAfter[TestDistricts.TownDonglin] - districtBefore.GetValueOrDefault(TestDistricts.TownDonglin));
        // The town clerk counts its own town only.
        Assert.Equal([TestDistricts.TownWansheng], clerkAfter.Keys);
        Assert.Equal(2, clerkAfter[TestDistricts.TownWansheng] - clerkBefore.GetValueOrDefault(TestDistricts.TownWansheng));
        // The filter applies: those registered here are alive, so the deceased count did not move.
        Assert.Equal(deceasedBefore.GetValueOrDefault(TestDistricts.TownWansheng), (await CountsAsync(district, deceased)).GetValueOrDefault(TestDistricts.TownWansheng));
    }

    private async Task<IReadOnlyDictionary<string, int>> CountsAsync(ICallerContext caller, ResidentFilter filter)
    {
        await using var db = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(caller.DistrictId, caller);
        var audit = new CountingAudit();
        var counts = await new ResidentRegistry(db, caller, new SensitiveReads(caller, audit)).CountByTownAsync(filter, CancellationToken.None);
        Assert.Equal(0, audit.Reads);
        return counts;
    }

    private static async Task AddCertificateAsync(HttpClient writer, string personId, string idNumber)
    {
        var response = await writer.PostAsJsonAsync($"{RegistryApi.Persons}/{personId}/disability-certificates",
            new { number = idNumber + "42", category = "肢体", grade = 2, issuedOn = new DateOnly(2020, 1, 1), validUntil = new DateOnly(2030, 1, 1) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // An implementation written before SDK 2.6.0: FindManyAsync is the contract's default, one FindAsync per number.
    private sealed class OneByOne(IResidentRegistry inner) : IResidentRegistry
    {
        public Task<ResidentRecord?> FindAsync(IdNumber idNumber, CancellationToken cancellationToken) => inner.FindAsync(idNumber, cancellationToken);
        public Task<ResidentRecord?> GetAsync(Guid residentId, CancellationToken cancellationToken) => inner.GetAsync(residentId, cancellationToken);
        public IAsyncEnumerable<ResidentRecord> ListAsync(ResidentFilter filter, CancellationToken cancellationToken) => inner.ListAsync(filter, cancellationToken);
        public Task<IReadOnlyDictionary<string, int>> CountByTownAsync(ResidentFilter filter, CancellationToken cancellationToken) => inner.CountByTownAsync(filter, cancellationToken);
    }

    private sealed class CountingAudit : IAuditTrail
    {
        public int Reads { get; private set; }
        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task RecordSensitiveReadAsync(string entity, string key, string what, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.CompletedTask;
        }
    }

    private sealed class TownCaller(string districtId, string townCode) : ICallerContext
    {
        public bool IsAuthenticated => true;
        public string DistrictId => districtId;
        public StaffMember Staff => new("town-clerk", "镇街测试员");
        public OrgScope Scope => new(OrgLevel.Town, townCode);
        public bool HasPermission(string permission) => true;
    }

    private sealed class DistrictCaller(string districtId, string districtCode) : ICallerContext
    {
        public bool IsAuthenticated => true;
        public string DistrictId => districtId;
        public StaffMember Staff => new("district-clerk", "区级测试员");
        public OrgScope Scope => new(OrgLevel.District, districtCode);
        public bool HasPermission(string permission) => true;
    }

    private sealed class NoAudit : IAuditTrail
    {
        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task RecordSensitiveReadAsync(string entity, string key, string what, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
