using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Changes saved through a district context reach the audit trail only once committed.</summary>
public sealed class SaveRecordingTests : IAsyncLifetime
{
    private AuditTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await AuditTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_save_is_recorded_with_district_source_actor_and_masked_values()
    {
        await using (var db = _bed.Sample())
        {
            db.Certificates.Add(Certificate("C-1"));
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await _bed.EntriesAsync());
        Assert.Equal(AuditTestBed.District, entry.DistrictId);
        Assert.Equal("platform", entry.Source);
        Assert.Equal("clerk-1", entry.ActorId);
        Assert.Equal("张三", entry.ActorName);
        Assert.Equal("created", entry.Action);
        Assert.Equal("Certificate", entry.Entity);
        Assert.Equal("1", entry.Key);
        Assert.Equal("r-42", entry.PersonKey);
        Assert.Equal(_bed.Clock.GetUtcNow(), entry.At);
        Assert.Contains("500110********1234", entry.After);
        Assert.DoesNotContain("500110198001011234", entry.After);
    }

    [Fact]
    public async Task A_synchronous_save_is_recorded_too()
    {
        await using (var db = _bed.Sample())
        {
            db.Certificates.Add(Certificate("C-1"));
            db.SaveChanges();
        }

        Assert.Equal("created", Assert.Single(await _bed.EntriesAsync()).Action);
    }

    [Fact]
    public async Task Without_a_signed_in_caller_the_system_is_the_actor()
    {
        await using (var db = _bed.Databases.Create<SampleDb>(AuditTestBed.District))
        {
            db.Certificates.Add(Certificate("C-1"));
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await _bed.EntriesAsync());
        Assert.Equal("system", entry.ActorId);
    }

    [Fact]
    public async Task A_failed_save_records_nothing_and_does_not_leak_into_the_next_save()
    {
        await using (var db = _bed.Sample())
        {
            db.Certificates.Add(Certificate("C-1"));
            await db.SaveChangesAsync();
        }
        await using (var db = _bed.Sample())
        {
            var duplicate = Certificate("C-1");
            db.Certificates.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            // The same context saves something else: only that is recorded, not the failed attempt.
            db.Entry(duplicate).State = EntityState.Detached;
            db.Certificates.Add(Certificate("C-2"));
            await db.SaveChangesAsync();
        }

        var entries = await _bed.EntriesAsync();
        Assert.Equal(2, entries.Count);
        Assert.Contains("C-1", entries[0].After);
        Assert.Contains("C-2", entries[1].After);
    }

    [Fact]
    public async Task Inside_a_transaction_changes_are_recorded_on_commit_and_never_on_rollback()
    {
        await using (var db = _bed.Sample())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Certificates.Add(Certificate("C-rolled-back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Empty(await _bed.EntriesAsync());

        await using (var db = _bed.Sample())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Certificates.Add(Certificate("C-committed"));
            await db.SaveChangesAsync();
            Assert.Empty(await _bed.EntriesAsync());
            await transaction.CommitAsync();
        }

        var entry = Assert.Single(await _bed.EntriesAsync());
        Assert.Contains("C-committed", entry.After);
    }

    [Fact]
    public async Task Updates_and_deletes_are_recorded_in_order()
    {
        await using (var db = _bed.Sample())
        {
            var certificate = Certificate("C-1");
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync();
            certificate.Category = "听力残疾";
            await db.SaveChangesAsync();
            db.Certificates.Remove(certificate);
            await db.SaveChangesAsync();
        }

        var entries = await _bed.EntriesAsync();
        Assert.Equal(["created", "updated", "deleted"], entries.Select(e => e.Action));
        Assert.Contains("视力残疾", entries[1].Before);
        Assert.Contains("听力残疾", entries[1].After);
        Assert.Null(entries[2].After);
        Assert.All(entries, e => Assert.Equal("1", e.Key));
    }

    [Fact]
    public async Task Contexts_with_their_own_interceptors_share_one_internal_service_provider()
    {
        // EF Core refuses to build more than 20 internal providers; each context's fresh interceptor must not cause one.
        await using var first = _bed.Sample();
        await using var second = _bed.Databases.Create<SampleDb>(AuditTestBed.District);
        Assert.NotSame(first, second);
        Assert.Same(first.GetService<IModelSource>(), second.GetService<IModelSource>());
    }

    private static Certificate Certificate(string number) => new()
    {
        Number = number,
        ResidentId = "r-42",
        IdNumber = "500110198001011234",
        Phone = "13800138000",
        Grade = 2,
        Category = "视力残疾",
    };
}
