namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// One page of a list, as every list endpoint answers it: <c>{ "items": [...], "total": n, "page": p, "pageSize": s }</c>.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows of this page.</param>
/// <param name="Total">How many rows match, on all pages.</param>
/// <param name="Page">The page served, from 1.</param>
/// <param name="PageSize">The page size served (the one asked for, capped at <see cref="PageQuery.MaxPageSize"/>).</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>The same page with each row turned into what the endpoint shows.</summary>
    public Paged<TView> Map<TView>(Func<T, TView> view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new Paged<TView>(Items.Select(view).ToList(), Total, Page, PageSize);
    }
}
