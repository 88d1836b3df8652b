namespace Minzheng.Sdk.Access;

/// <summary>
/// A record that belongs to a place: implement it on an entity so that
/// <see cref="ScopeQueryExtensions.WithinScope{T}"/> can restrict queries to the caller's scope.
/// </summary>
public interface ILocatedInDivision
{
    /// <summary>The 12-digit village code (or a town code when the record is at town level).</summary>
    string DivisionCode { get; }
}
