using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Events;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>What a save is recorded as, taken from the change tracker of an in-memory SQLite context.</summary>
public sealed class ChangeCaptureTests : IDisposable
{
    private const string IdNumber = "500110198001011234";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private static readonly AuditActor Clerk = new("clerk-1", "张三");

    public ChangeCaptureTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task A_created_entity_is_recorded_with_its_saved_key_its_person_and_sensitive_values_masked()
    {
        await using var db = await SampleAsync();
        var certificate = NewCertificate();
        db.Certificates.Add(certificate);

        var captured = ChangeCapture.Capture(db);
        await db.SaveChangesAsync();
        var draft = Assert.Single(captured).ToDraft("platform", Clerk);

        Assert.Equal("created", draft.Action);
        Assert.Equal("Certificate", draft.Entity);
        Assert.True(certificate.Id > 0);
        Assert.Equal(certificate.Id.ToString(), draft.Key);
        Assert.Equal("r-42", draft.PersonKey);
        Assert.Null(draft.Before);
        var after = JsonDocument.Parse(draft.After!).RootElement;
        Assert.Equal("500110********1234", after.GetProperty("IdNumber").GetString());
        Assert.Equal("***", after.GetProperty("Phone").GetString());
        Assert.Equal("***", after.GetProperty("Grade").GetString());
        Assert.Equal("视力残疾", after.GetProperty("Category").GetString());
        Assert.Equal(certificate.Id, after.GetProperty("Id").GetInt32());
        Assert.DoesNotContain(IdNumber, draft.After);
        Assert.DoesNotContain("13800138000", draft.After);
    }

    [Fact]
    public async Task An_updated_entity_is_recorded_with_before_and_after_both_masked()
    {
        await using var db = await SampleAsync();
        var certificate = NewCertificate();
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();

        certificate.Category = "听力残疾";
        certificate.IdNumber = "500110199002022345";
        var captured = ChangeCapture.Capture(db);
        await db.SaveChangesAsync();
        var draft = Assert.Single(captured).ToDraft("platform", Clerk);

        Assert.Equal("updated", draft.Action);
        var before = JsonDocument.Parse(draft.Before!).RootElement;
        var after = JsonDocument.Parse(draft.After!).RootElement;
        Assert.Equal("视力残疾", before.GetProperty("Category").GetString());
        Assert.Equal("听力残疾", after.GetProperty("Category").GetString());
        Assert.Equal("500110********1234", before.GetProperty("IdNumber").GetString());
        Assert.Equal("500110********2345", after.GetProperty("IdNumber").GetString());
    }

    [Fact]
    public async Task A_deleted_entity_is_recorded_with_its_key_and_state_before_and_nothing_after()
    {
        await using var db = await SampleAsync();
        var certificate = NewCertificate();
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        var id = certificate.Id;

        db.Certificates.Remove(certificate);
        var captured = ChangeCapture.Capture(db);
        await db.SaveChangesAsync();
        var draft = Assert.Single(captured).ToDraft("platform", Clerk);

        Assert.Equal("deleted", draft.Action);
        Assert.Equal(id.ToString(), draft.Key);
        Assert.Equal("r-42", draft.PersonKey);
        Assert.Null(draft.After);
        Assert.Equal("500110********1234", JsonDocument.Parse(draft.Before!).RootElement.GetProperty("IdNumber").GetString());
    }

    [Fact]
    public async Task Unchanged_entities_and_outbox_messages_are_not_recorded()
    {
        var options = new DbContextOptionsBuilder<SampleModuleDb>().UseSqlite(_connection).Options;
        await using var db = new SampleModuleDb(options);
        await db.Database.EnsureCreatedAsync();
        db.Items.Add(new Item { Id = 1, Name = "旧" });
        await db.SaveChangesAsync();

        db.Items.Add(new Item { Id = 2, Name = "新" });
        db.Publish(new ItemAdded(2));
        var captured = ChangeCapture.Capture(db);

        var draft = Assert.Single(captured).ToDraft("sample", Clerk);
        Assert.Equal("Item", draft.Entity);
        Assert.Equal("2", draft.Key);
    }

    private async Task<SampleDb> SampleAsync()
    {
        var db = new SampleDb(new DbContextOptionsBuilder<SampleDb>().UseSqlite(_connection).Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private static Certificate NewCertificate() => new()
    {
        Number = "C-" + Guid.NewGuid().ToString("N")[..8],
        ResidentId = "r-42",
        IdNumber = IdNumber,
        Phone = "13800138000",
        Grade = 3,
        Category = "视力残疾",
    };
}

public sealed class SampleModuleDb(DbContextOptions<SampleModuleDb> options) : ModuleDbContext(options)
{
    public DbSet<Item> Items => Set<Item>();
}

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

[IntegrationEvent("sample.item-added")]
public sealed record ItemAdded(int ItemId) : IIntegrationEvent;
