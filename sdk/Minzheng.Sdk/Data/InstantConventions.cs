using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Minzheng.Sdk.Data;

/// <summary>How points in time are stored, the same on every engine.</summary>
public static class InstantConventions
{
    /// <summary>
    /// Stores every <see cref="DateTimeOffset"/> as its UTC instant. PostgreSQL keeps instants
    /// (<c>timestamptz</c>) and Npgsql refuses to write one with a non-zero offset, so a module that saved
    /// a Beijing-time value would work on SQLite and fail on PostgreSQL; normalised, both agree, and SQLite's
    /// text values sort in time order too. <see cref="ModuleDbContext"/> applies it; properties with a
    /// converter of their own keep it.
    /// </summary>
    public static ModelConfigurationBuilder StoreInstantsInUtc(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        return configurationBuilder;
    }

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
