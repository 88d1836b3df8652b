using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Identity;

/// <summary>Staff accounts, roles and tokens of the whole deployment (<c>data/identity.db</c>).</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<StaffUser, StaffRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and anti-forgery tokens, shared by every host instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Bearer tokens.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(u =>
        {
            u.Property(x => x.DistrictId).HasMaxLength(40);
            u.Property(x => x.ScopeCode).HasMaxLength(12);
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.HasIndex(x => x.DistrictId);
        });
        builder.Entity<StaffRole>(r =>
        {
            r.Property(x => x.DistrictId).HasMaxLength(40);
            r.Property(x => x.DisplayName).HasMaxLength(100);
        });
        builder.Entity<ApiToken>(t =>
        {
            t.HasKey(x => x.Id);
            t.HasIndex(x => x.TokenHash).IsUnique();
            t.HasIndex(x => x.UserId);
            t.Property(x => x.TokenHash).HasMaxLength(64);
            t.Property(x => x.Name).HasMaxLength(100);
            // Sortable integers: SQLite cannot compare DateTimeOffset text.
            t.Property(x => x.CreatedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            t.Property(x => x.ExpiresAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            t.Property(x => x.RevokedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
        });
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> create the identity context without a host.</summary>
internal sealed class IdentityDesignTimeFactory : ModuleDesignTimeFactory<IdentityDb>;
