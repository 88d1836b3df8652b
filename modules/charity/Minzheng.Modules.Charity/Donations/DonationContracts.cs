namespace Minzheng.Modules.Charity.Donations;

/// <summary>A donation as staff enter it.</summary>
public sealed record NewDonationRequest(Guid? OrganisationId, string? DonorKind, string? DonorName, string? DonorIdNumber, string? DonorCreditCode, string? Form,
    decimal? Amount, bool? GoodsValued, string? GoodsDescription, string? GoodsQuantity, string? Project, bool? Restricted, DateOnly? ReceivedOn, string? Note);

/// <summary>The donor declined a receipt.</summary>
public sealed record DeclineReceiptRequest(string? Note);

/// <summary>A donation in a list (ID number masked).</summary>
public sealed record DonationRow(Guid Id, Guid OrganisationId, string OrganisationName, string DonorKind, string DonorName, string Form, decimal? Amount,
    string? GoodsDescription, string? Project, bool Restricted, DateOnly ReceivedOn, string ReceiptState);

/// <summary>A donation in full (ID number masked).</summary>
public sealed record DonationView(Guid Id, Guid OrganisationId, string OrganisationName, string DivisionCode, string DonorKind, string DonorKindName, string DonorName,
    string? DonorIdNumber, string? DonorCreditCode, string Form, string FormName, decimal? Amount, bool Income, string? GoodsDescription, string? GoodsQuantity,
    string? Project, bool Restricted, DateOnly ReceivedOn, string HandlerName, string? Note, string ReceiptState, string? ReceiptDeclinedNote, Guid? ReceiptId,
    int Version);
