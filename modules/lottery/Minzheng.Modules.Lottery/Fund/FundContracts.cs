namespace Minzheng.Modules.Lottery.Fund;

/// <summary>A receipt into the fund. Amounts in 元 as staff type them (at most two decimals); kept in fen.</summary>
/// <param name="Source">allocated (上级下达), retained (本级留成), unclaimed-prizes (逾期未兑奖奖金) or other.</param>
/// <param name="Amount">金额, 元.</param>
/// <param name="ReceivedOn">到账日期.</param>
/// <param name="DrawDate">开奖日期, for unclaimed prizes: the transfer must be 60 days after it or later.</param>
/// <param name="Note">摘要 (e.g. the document number of the allocation).</param>
public sealed record ReceiptRequest(string? Source, decimal? Amount, DateOnly? ReceivedOn, DateOnly? DrawDate, string? Note);

/// <summary>A project to register.</summary>
/// <param name="Name">项目名称.</param>
/// <param name="RecipientName">承接单位名称.</param>
/// <param name="RecipientCreditCode">Its unified social credit code, when it is a social organisation (checked against the credit lists).</param>
/// <param name="Purpose">资助用途.</param>
/// <param name="DivisionCode">The town it serves; empty for district-wide.</param>
/// <param name="Year">项目年度.</param>
public sealed record ProjectRequest(string? Name, string? RecipientName, string? RecipientCreditCode, string? Purpose, string? DivisionCode, int? Year);

/// <summary>An allocation to, a disbursement from, or a return of a project.</summary>
/// <param name="Amount">金额, 元.</param>
/// <param name="OccurredOn">日期.</param>
/// <param name="Note">摘要.</param>
public sealed record MovementRequest(decimal? Amount, DateOnly? OccurredOn, string? Note);

/// <summary>A reversal's reason.</summary>
/// <param name="Reason">冲销原因.</param>
public sealed record ReversalRequest(string? Reason);

/// <summary>The fund as a whole.</summary>
/// <param name="Balance">未拨付余额, 元.</param>
/// <param name="ProjectBalances">Held by projects, not yet disbursed, 元.</param>
/// <param name="RaisedThisYear">This year's receipts less their reversals, 元.</param>
/// <param name="Version">The account's version.</param>
public sealed record FundSummary(decimal Balance, decimal ProjectBalances, decimal RaisedThisYear, int Version);

/// <summary>A movement as the ledger lists it.</summary>
public sealed record MovementRow(Guid Id, string Kind, string KindText, string? Source, string? SourceText, Guid? ProjectId, string? ProjectName, decimal Amount,
    DateOnly OccurredOn, DateOnly? DrawDate, string Note, Guid? ReversesId, Guid? ReversedBy, string StaffName, DateTimeOffset PostedAt);

/// <summary>A project in the list.</summary>
public sealed record ProjectRow(Guid Id, string Name, string RecipientName, string DivisionCode, int Year, decimal Balance, int Version);

/// <summary>A funding-mark photo of a project.</summary>
public sealed record EvidenceRow(Guid Id, string FileName, string Note, DateTimeOffset UploadedAt, string StaffName, string Url);

/// <summary>A project's page: its facts, balance, movements and funding-mark evidence.</summary>
public sealed record ProjectView(Guid Id, string Name, string RecipientName, string? RecipientCreditCode, string Purpose, string DivisionCode, int Year,
    decimal Balance, decimal Allocated, decimal Disbursed, decimal Returned, string CreditListing, int Version,
    IReadOnlyList<MovementRow> Movements, IReadOnlyList<EvidenceRow> Evidence);
