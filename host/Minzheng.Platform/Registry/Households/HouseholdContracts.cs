using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Households;

/// <summary>Creates a household headed by a registered resident.</summary>
internal sealed record CreateHouseholdRequest(Guid? HeadId);

/// <summary>Adds a resident to a household.</summary>
/// <param name="Relation">与户主关系: <c>Spouse</c>/<c>配偶</c>, <c>Child</c>/<c>子女</c>, …; never the head.</param>
internal sealed record AddMemberRequest(Guid? PersonId, string? Relation);

/// <summary>A household and the members the caller may see.</summary>
/// <param name="MembersOutsideScope">Members living outside the caller's scope, counted but not shown.</param>
internal sealed record HouseholdView(
    Guid Id, string DivisionCode, string? VillageName, DateTimeOffset CreatedAt,
    IReadOnlyList<HouseholdMemberView> Members, int MembersOutsideScope);

/// <summary>A member as the caller may see them (ID number masked unless permitted).</summary>
internal sealed record HouseholdMemberView(
    Guid PersonId, string Name, string IdNumber, bool IdNumberMasked, HouseholdRelation Relation, ResidentStatus Status);
