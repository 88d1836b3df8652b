namespace Minzheng.Sdk.Access;

/// <summary>Makes the scoped query the easy one to write.</summary>
public static class ScopeQueryExtensions
{
    /// <summary>
    /// Keeps the records inside the caller's org scope. A district-level caller sees the district
    /// (each district has its own database, so there is nothing else to filter); a town clerk sees
    /// the town's records; a village clerk the village's.
    /// </summary>
    public static IQueryable<T> WithinScope<T>(this IQueryable<T> query, ICallerContext caller)
        where T : ILocatedInDivision
    {
        var scope = caller.Scope;
        if (scope.Level == OrgLevel.District)
        {
            return query;
        }
        var prefix = scope.DivisionCode;
        return query.Where(r => r.DivisionCode.StartsWith(prefix));
    }
}
