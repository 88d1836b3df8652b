using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>
/// A batch of rows is saved together: a refused row must stage nothing (not even the parts of it that
/// passed), and somebody else writing the same residents between staging and saving must cost only the
/// rows concerned.
/// </summary>
public sealed class ImportBatchTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly District _district = fixture.Host.Services.GetRequiredService<DistrictDirectory>().Find(TestDistricts.First)!;

    [Fact]
    public async Task A_row_refused_by_its_last_rule_leaves_nothing_of_itself_in_the_saved_batch()
    {
        var rows = ImportKit.Synthetic(fixture, 60, seed: 701);
        var holder = rows.First(r => r.DisabilityCertificateNumber is not null);
        var others = rows.Where(r => r != holder).Select(r => r with { HouseholdKey = null, RelationToHead = null }).ToList();
        var (before, after) = (others[0], others[^1]);
        // The holder and their certificate on record, the certificate then revoked.
        await using (var db = Registry())
        {
            await Batch(db).WriteAsync([Line(2, holder with { HouseholdKey = null, RelationToHead = null })], CancellationToken.None);
            await db.DisabilityCertificates.Where(c => c.Number == holder.DisabilityCertificateNumber)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedOn, RegistryHostFixture.Today));
        }
        // The holder's row now heads a new household (a rule it passes) and changes the revoked certificate (one it fails).
        var refused = holder with { HouseholdKey = "T701-NEW", RelationToHead = "户主", DisabilityValidUntil = holder.DisabilityValidUntil!.Value.AddYears(1) };

        await using (var db = Registry())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var written = await Batch(db).WriteAsync([Line(2, before), Line(3, refused), Line(4, after)], CancellationToken.None);
            await transaction.CommitAsync();

            Assert.Equal([RowOutcome.Imported, RowOutcome.Failed, RowOutcome.Imported], written.Select(w => w.Outcome));
            Assert.Equal("残疾证号", Assert.Single(written[1].Errors).Column);
        }
        await using (var db = Registry())
        {
            Assert.False(await db.Households.AnyAsync(h => h.Number == "T701-NEW"));
            var person = await db.Persons.SingleAsync(p => p.IdNumber == holder.IdNumber);
            Assert.Equal(1, person.Version);
            Assert.False(await db.HouseholdMembers.AnyAsync(m => m.PersonId == person.Id));
            Assert.Equal(2, await db.Persons.CountAsync(p => p.IdNumber == before.IdNumber || p.IdNumber == after.IdNumber));
        }
    }

    [Fact]
    public async Task A_resident_registered_by_someone_else_while_the_batch_was_staged_costs_the_batch_nothing()
    {
        var rows = ImportKit.Synthetic(fixture, 3, seed: 702).Select(r => r with { HouseholdKey = null, RelationToHead = null }).ToList();
        await using var db = Registry();
        var batch = Batch(db);
        var staged = await batch.StageAsync(rows.Select((r, i) => Line(i + 2, r)).ToList(), CancellationToken.None);

        // Meanwhile a clerk registers the second resident, under another name: the batch's insert of them must fail.
        await using (var clerk = Registry())
        {
            var competing = rows[1];
            var id = Sdk.Registry.IdNumber.Parse(competing.IdNumber, RegistryHostFixture.Today);
            clerk.Persons.Add(new Person
            {
                Id = Guid.NewGuid(), IdNumber = competing.IdNumber, Name = "同时登记", Sex = id.Sex, BirthDate = id.BirthDate, Ethnicity = "汉族",
                HukouType = Sdk.Registry.HukouType.Rural, DivisionCode = competing.DivisionCode, RegisteredAt = RegistryHostFixture.Now,
            });
            await clerk.SaveChangesAsync();
        }
        // The import's transaction opens only now: on SQLite it holds the write lock, so the clerk could not write inside it
        // (on PostgreSQL they could); the save inside it is what must survive the clash.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = await batch.SaveAsync(staged, CancellationToken.None);
        await transaction.CommitAsync();

        Assert.Equal([RowOutcome.Imported, RowOutcome.Updated, RowOutcome.Imported], written.Select(w => w.Outcome));
        Assert.All(written, w => Assert.Empty(w.Errors));
        await using var check = Registry();
        var ids = rows.Select(r => r.IdNumber).ToList();
        var persons = await check.Persons.Where(p => ids.Contains(p.IdNumber)).ToListAsync();
        Assert.Equal(3, persons.Count);
        Assert.Equal(rows[1].Name, persons.Single(p => p.IdNumber == rows[1].IdNumber).Name);
    }

    private RegistryDbContext Registry() =>
        fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.First);

    private ImportBatch Batch(RegistryDbContext db) =>
        new(db, ImportColumns.From(ResidentRow.Headers, out _)!, _district, new OrgScope(OrgLevel.District, _district.DivisionCode),
            RegistryHostFixture.Today, fixture.Clock);

    private static ImportLine Line(int row, ResidentRow resident) => new(row, resident.Cells());
}
