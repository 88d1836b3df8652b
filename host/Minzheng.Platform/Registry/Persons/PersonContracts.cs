using Minzheng.Platform.Registry.Households;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Persons;

/// <summary>Registers a resident. Sex and birth date are read from the ID number.</summary>
/// <param name="IdNumber">18 characters, or a legacy 15-digit number (converted).</param>
/// <param name="Name">姓名.</param>
/// <param name="Ethnicity">民族, e.g. 汉族.</param>
/// <param name="Phone">Mobile (11 digits) or landline with area code; optional.</param>
/// <param name="HukouType"><c>Urban</c>/<c>城镇</c> or <c>Rural</c>/<c>农村</c>.</param>
/// <param name="DivisionCode">12-digit village code, in the caller's district and scope.</param>
/// <param name="Address">住址; optional.</param>
/// <param name="MaritalStatus">婚姻状况 (<c>Unmarried</c>/<c>未婚</c>, <c>Married</c>/<c>已婚</c>, …); optional, 未登记 when absent.</param>
internal sealed record RegisterPersonRequest(
    string? IdNumber, string? Name, string? Ethnicity, string? Phone, string? HukouType, string? DivisionCode, string? Address,
    string? MaritalStatus = null)
    : IPersonDetailsInput;

/// <summary>Changes a resident's details (not the ID number, not the status).</summary>
/// <param name="Version">The version the change was made from; a stale one is refused (409).</param>
/// <param name="MaritalStatus">婚姻状况; left as it is when absent.</param>
internal sealed record UpdatePersonRequest(
    string? Name, string? Ethnicity, string? Phone, string? HukouType, string? DivisionCode, string? Address, int? Version,
    string? MaritalStatus = null)
    : IPersonDetailsInput;

/// <summary>Records a death or a move out of the district.</summary>
/// <param name="Date">The date it happened: not in the future, not before birth.</param>
/// <param name="Version">The version the change was made from.</param>
internal sealed record StatusChangeRequest(DateOnly? Date, int? Version);

/// <summary>The details a registration and an update share.</summary>
internal interface IPersonDetailsInput
{
    string? Name { get; }
    string? Ethnicity { get; }
    string? Phone { get; }
    string? HukouType { get; }
    string? DivisionCode { get; }
    string? Address { get; }
    string? MaritalStatus { get; }
}

/// <summary>A resident in full.</summary>
/// <param name="IdNumber">Masked (<c>500110********123X</c>) unless the caller may see it in full.</param>
/// <param name="IdNumberMasked">Whether <paramref name="IdNumber"/> is masked.</param>
/// <param name="Version">Send it back with a change.</param>
/// <param name="MaritalStatusSince">The day the marital status took effect, when a marriage or divorce registration told the registry; null when staff or an import recorded it.</param>
internal sealed record PersonDetail(
    Guid Id, string IdNumber, bool IdNumberMasked, string Name, Sex Sex, DateOnly BirthDate, string Ethnicity, string? Phone,
    HukouType HukouType, string DivisionCode, string? VillageName, string? Address, ResidentStatus Status, DateOnly? StatusDate,
    DateTimeOffset RegisteredAt, int Version, HouseholdMembership? Household, MaritalStatus MaritalStatus,
    DateOnly? MaritalStatusSince);

/// <summary>Where a resident stands in a household.</summary>
internal sealed record HouseholdMembership(Guid HouseholdId, HouseholdRelation Relation);
