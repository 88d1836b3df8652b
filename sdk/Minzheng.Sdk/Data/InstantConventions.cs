using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Minzheng.Sdk.Data;

/// <summary>How points in time are stored.</summary>
/// <remarks>
/// One convention for every module (since 2.0.0): a <see cref="DateTimeOffset"/> is stored as its UTC instant —
/// on PostgreSQL as <c>timestamptz</c>, on SQLite as an integer of UTC ticks. <see cref="ModuleDbContext"/> applies it
/// to every <see cref="DateTimeOffset"/> property, the outbox's included, for the engine it runs on; a module
/// configures nothing per property. Values read back are the same instants, with offset zero (show them in Beijing
/// time when displaying).
/// </remarks>
public static class InstantConventions
{
    /// <summary>
    /// Stores every <see cref="DateTimeOffset"/> as its UTC instant in the form <paramref name="engine"/> can order and
    /// compare. EF Core's SQLite provider translates no ORDER BY, comparison or MIN/MAX over <see cref="DateTimeOffset"/>
    /// (it stores text whose order is not time order across offsets), so there the instant is an integer of UTC ticks:
    /// it sorts in time order and keeps full precision. PostgreSQL keeps instants natively (<c>timestamptz</c>), and
    /// Npgsql refuses to write one with a non-zero offset, so values are normalised to UTC first. Properties with a
    /// converter of their own keep it.
    /// </summary>
    /// <param name="configurationBuilder">The context's conventions.</param>
    /// <param name="engine">The engine the context runs on.</param>
    public static ModelConfigurationBuilder StoreInstantsInUtc(this ModelConfigurationBuilder configurationBuilder, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        switch (engine)
        {
            case DatabaseEngine.Sqlite:
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
                break;
            case DatabaseEngine.PostgreSql:
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine.");
        }
        return configurationBuilder;
    }

    /// <summary>
    /// Stores every <see cref="DateTimeOffset"/> as its UTC instant in the engine's own date-time type
    /// (<c>timestamptz</c> on PostgreSQL, text on SQLite). On SQLite EF Core cannot order or compare such values:
    /// prefer <see cref="StoreInstantsInUtc(ModelConfigurationBuilder, DatabaseEngine)"/>, which
    /// <see cref="ModuleDbContext"/> applies. Properties with a converter of their own keep it.
    /// </summary>
    public static ModelConfigurationBuilder StoreInstantsInUtc(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        return configurationBuilder;
    }

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
