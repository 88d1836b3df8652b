using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Events;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Base type of a module's DbContext. The platform decides which database it talks to (per district
/// and module), applies its migrations at start-up for every district that enables the module, and
/// records the changes saved through it.
/// </summary>
/// <remarks>
/// Derived types take <c>DbContextOptions&lt;TSelf&gt;</c> in their constructor, keep their
/// migrations in the module's assembly, and call <c>base.OnModelCreating</c>: the base model holds the
/// module's outbox table.
/// </remarks>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>Table of the outbox in every module database.</summary>
    public const string OutboxTable = "__minzheng_outbox";

    /// <summary>Creates the context with options built by the platform.</summary>
    protected ModuleDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Integration events waiting to be delivered.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>
    /// Publishes an integration event together with the changes of the next <c>SaveChanges</c>: both are
    /// committed, or neither is.
    /// </summary>
    public void Publish<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            EventName = IntegrationEventAttribute.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, EventJson.Options),
        });
    }

    /// <inheritdoc />
    /// <remarks>
    /// Stores every <see cref="DateTimeOffset"/> as its UTC instant in the form the context's engine orders and compares
    /// (<see cref="InstantConventions.StoreInstantsInUtc(ModelConfigurationBuilder, DatabaseEngine)"/>): a module sets no
    /// converter of its own on a point in time, and an override must call the base.
    /// </remarks>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc(Database.IsNpgsql() ? DatabaseEngine.PostgreSql : DatabaseEngine.Sqlite);

    /// <inheritdoc />
    /// <remarks>Also makes the version of every <see cref="IVersioned"/> entity its concurrency token.</remarks>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseVersionsAsConcurrencyTokens();
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.EventName).HasMaxLength(200);
            outbox.HasIndex(m => m.DispatchedAt);
        });
    }
}
