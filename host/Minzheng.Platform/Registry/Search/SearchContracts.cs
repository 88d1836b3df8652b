using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Search;

/// <summary>What staff may search by; every filter is optional and all given ones apply.</summary>
/// <param name="Name">Part of the name.</param>
/// <param name="IdNumber">A whole ID number (18, or 15 legacy): exact match only, so masked numbers cannot be guessed digit by digit.</param>
/// <param name="Division">A district, town or village code (6, 9 or 12 digits): residents within it.</param>
/// <param name="Status"><c>Alive</c>/<c>在册</c>, <c>Deceased</c>/<c>死亡</c>, <c>MovedOut</c>/<c>迁出</c>.</param>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1 to 100; default 20.</param>
/// <param name="Sort"><c>name</c>, <c>birthDate</c> or <c>registeredAt</c> (default).</param>
/// <param name="Desc">Descending.</param>
internal sealed record PersonSearchQuery(
    string? Name, string? IdNumber, string? Division, string? Status, int? Page, int? PageSize, string? Sort, bool? Desc);

/// <summary>A search as the rules accepted it.</summary>
internal sealed record PersonSearch(
    string? Name, IdNumber? IdNumber, string? Division, ResidentStatus? Status, int Page, int PageSize, PersonSort Sort, bool Descending);

/// <summary>Orders a search can return.</summary>
internal enum PersonSort
{
    RegisteredAt,
    Name,
    BirthDate,
}

/// <summary>A resident in a list.</summary>
internal sealed record PersonSummary(
    Guid Id, string IdNumber, bool IdNumberMasked, string Name, Sex Sex, DateOnly BirthDate, HukouType HukouType,
    string DivisionCode, string? VillageName, ResidentStatus Status, DateOnly? StatusDate, MaritalStatus MaritalStatus);

/// <summary>One page of results.</summary>
/// <param name="Total">Matches in the caller's scope, over all pages.</param>
internal sealed record PersonPage(IReadOnlyList<PersonSummary> Items, int Total, int Page, int PageSize);
