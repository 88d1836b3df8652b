namespace Minzheng.Modules.Charity.Organisations;

/// <summary>An organisation in the list.</summary>
public sealed record OrganisationRow(Guid Id, string Type, string TypeName, string Name, string CreditCode, string DivisionCode, DateOnly RegisteredOn,
    string Standing, DateOnly? RecognisedOn);

/// <summary>A credit list entry as shown on the organisation's page.</summary>
public sealed record ListEntryRow(Guid EntryId, string List, string ListName, string Cause, DateOnly EnteredOn, DateOnly? RemovedOn);

/// <summary>A penalty as shown on the organisation's page.</summary>
public sealed record PenaltyRow(Guid PenaltyId, string Kind, decimal? Amount, DateOnly DecidedOn);

/// <summary>An organisation with what this module knows of it.</summary>
public sealed record OrganisationView(Guid Id, string Type, string TypeName, string Name, string CreditCode, string DivisionCode, string? Address,
    string? LegalRepresentativeName, DateOnly RegisteredOn, DateOnly? DeregisteredOn, string? DeregistrationReason, string Standing, DateOnly? RecognisedOn,
    string CreditListing, IReadOnlyList<ListEntryRow> ListEntries, IReadOnlyList<PenaltyRow> Penalties);

/// <summary>An organisation as a form's choice.</summary>
public sealed record OrganisationChoice(Guid Id, string Name);
