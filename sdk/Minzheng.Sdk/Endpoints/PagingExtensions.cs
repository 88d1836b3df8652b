using Microsoft.EntityFrameworkCore;

namespace Minzheng.Sdk.Endpoints;

/// <summary>Serving a query one page at a time.</summary>
public static class PagingExtensions
{
    /// <summary>
    /// Counts the rows of <paramref name="query"/> and reads the page <paramref name="paging"/> asks for.
    /// Order the query first (a stable order: add a unique key last), or pages may overlap.
    /// </summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageQuery paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(paging);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((paging.Number - 1) * paging.Size).Take(paging.Size).ToListAsync(cancellationToken);
        return new Paged<T>(items, total, paging.Number, paging.Size);
    }

    /// <summary>
    /// The page <paramref name="paging"/> asks for, or with none every row as one page: for a report whose list and export
    /// must run the same query (the export page by page would compute a grouped query again for every page). Since SDK 2.6.0.
    /// </summary>
    public static async Task<Paged<T>> ToPageOrAllAsync<T>(this IQueryable<T> query, PageQuery? paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (paging is not null) return await query.ToPageAsync(paging, cancellationToken);
        var all = await query.ToListAsync(cancellationToken);
        return new Paged<T>(all, all.Count, 1, Math.Max(1, all.Count));
    }

    /// <summary>The page <paramref name="paging"/> asks for, of rows already in memory (computed, not stored).</summary>
    public static Paged<T> ToPage<T>(this IEnumerable<T> rows, PageQuery paging)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(paging);
        var all = rows as IReadOnlyList<T> ?? rows.ToList();
        var items = all.Skip((paging.Number - 1) * paging.Size).Take(paging.Size).ToList();
        return new Paged<T>(items, all.Count, paging.Number, paging.Size);
    }
}
