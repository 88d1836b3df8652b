namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// Which page of a list the caller asks for: the query parameters <c>page</c> (from 1), <c>pageSize</c>,
/// <c>sort</c> and <c>order</c> that the staff web UI sends for a list with <c>Paging.Server</c>. Bind it with
/// <c>[AsParameters] PageQuery paging</c> and answer with <see cref="PagingExtensions.ToPageAsync{T}"/>.
/// </summary>
/// <remarks>
/// Every list a module serves is paged on the server: a district's archive grows without bound, and a list
/// that silently stopped at some number of rows would hide records from staff. A page size above
/// <see cref="MaxPageSize"/> is served as <see cref="MaxPageSize"/>, and the answer says so in its
/// <c>pageSize</c>. Exports of a whole list are separate endpoints that stream a file.
/// </remarks>
public sealed class PageQuery
{
    /// <summary>Rows per page when the caller does not say.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most rows one page holds.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page asked for, from 1; a missing or smaller value is page 1.</summary>
    public int? Page { get; set; }

    /// <summary>Rows per page asked for; missing is <see cref="DefaultPageSize"/>, capped at <see cref="MaxPageSize"/>.</summary>
    public int? PageSize { get; set; }

    /// <summary>The field to sort by, as the list's column names it; the endpoint decides which it supports.</summary>
    public string? Sort { get; set; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Order { get; set; }

    /// <summary>The page served: at least 1.</summary>
    public int Number => Math.Max(Page ?? 1, 1);

    /// <summary>The page size served: between 1 and <see cref="MaxPageSize"/>.</summary>
    public int Size => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>Whether <see cref="Order"/> asks for largest (latest) first.</summary>
    public bool Descending => string.Equals(Order, "desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the caller sorts by <paramref name="field"/> (compared without case).</summary>
    public bool SortsBy(string field) => string.Equals(Sort, field, StringComparison.OrdinalIgnoreCase);
}
