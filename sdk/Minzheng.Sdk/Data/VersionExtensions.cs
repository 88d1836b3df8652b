using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Data;

/// <summary>Optimistic concurrency for <see cref="IVersioned"/> records.</summary>
public static class VersionExtensions
{
    /// <summary>
    /// Checks that the caller's change is based on the current version of <paramref name="entity"/> (tracked by
    /// <paramref name="db"/>) and, if so, counts the change: the version goes up by one, and the database refuses
    /// the save if someone else saved the record between this read and the save (the request then answers
    /// 409 stale-version all the same).
    /// </summary>
    /// <returns>Null when the change may go on; else the 409 <see cref="Problems.StaleVersion"/> problem to answer.</returns>
    public static ProblemHttpResult? ExpectVersion<TEntity>(this DbContext db, TEntity entity, int version)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        if (version != entity.Version)
        {
            return Problems.StaleVersion($"该记录已被他人修改（当前版本 {entity.Version}，您看到的是版本 {version}），请刷新后重试。");
        }
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        entity.Version = version + 1;
        return null;
    }

    /// <summary>Makes <see cref="IVersioned.Version"/> a concurrency token of every entity that implements it.</summary>
    internal static void UseVersionsAsConcurrencyTokens(this ModelBuilder modelBuilder)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            modelBuilder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
