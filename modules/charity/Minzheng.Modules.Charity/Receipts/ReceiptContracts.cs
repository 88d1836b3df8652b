namespace Minzheng.Modules.Charity.Receipts;

/// <summary>A range received from the finance bureau: numbers as printed (their width kept).</summary>
public sealed record NewStockRequest(Guid? OrganisationId, string? Code, string? FirstNumber, string? LastNumber, DateOnly? ReceivedOn);

/// <summary>A void or a reissue, with its reason.</summary>
public sealed record ReceiptReasonRequest(string? Reason);

/// <summary>A range with how much of it is used.</summary>
public sealed record StockRow(Guid Id, Guid OrganisationId, string Code, string FirstNumber, string LastNumber, int Total, int Used, DateOnly ReceivedOn, string StaffName);

/// <summary>A receipt as shown and printed.</summary>
public sealed record ReceiptView(Guid Id, Guid DonationId, Guid OrganisationId, string Code, string Number, DateOnly IssuedOn, string OrganisationName, string PayerName,
    string? PayerIdentifier, string Item, string Quantity, decimal? Amount, string AmountInWords, string Note, string HandlerName, string CheckCode, string Status,
    DateOnly? VoidedOn, string? VoidReason, DateOnly? ReissuedOn, string? ReissueReason, int PrintCount, string Mark, int Version);

/// <summary>One range of the gap report: its totals and every number accounted for.</summary>
public sealed record GapRange(Guid StockId, string Code, string FirstNumber, string LastNumber, int Total, int Issued, int Voided, int Unused,
    IReadOnlyList<ReceiptRules.GapLine> Lines);

/// <summary>The gap report of an organisation's stock.</summary>
public sealed record GapReport(Guid OrganisationId, string OrganisationName, int Total, int Issued, int Voided, int Unused, IReadOnlyList<GapRange> Ranges,
    IReadOnlyList<GapRow> Rows);

/// <summary>A line of the report flattened for the page and the export.</summary>
public sealed record GapRow(string Code, string From, string To, int Count, string State, string? Detail);
