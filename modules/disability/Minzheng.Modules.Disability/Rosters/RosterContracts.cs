using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>Generate the roster of a month.</summary>
/// <param name="Month"><c>yyyy-MM</c>, not after the current month.</param>
public sealed record GenerateRosterRequest(string? Month);

/// <summary>A roster's summary.</summary>
public sealed record RosterView(
    Guid Id, string Month, string Status, int LineCount, decimal Total, int ArrearsLines, string GeneratedBy, DateTimeOffset GeneratedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, int Paid, int Failed, int Version);

/// <summary>A roster with all its lines (within the caller's scope), as printed and signed.</summary>
public sealed record RosterPrint(
    Guid Id, string Month, string Status, int LineCount, decimal Total, string GeneratedBy, string? ApprovedBy, IReadOnlyList<RosterLineView> Lines);

/// <summary>A roster line as staff see it (ID number and account masked).</summary>
public sealed record RosterLineView(
    Guid Id, Guid ApplicationId, string Name, string IdNumber, string DivisionCode, string Kind, int Grade, string ForMonth, string LineKind,
    decimal Amount, string BankName, string BankAccount, string Outcome, string? FailureReason);

/// <summary>An overpayment to recover.</summary>
public sealed record OverpaymentView(Guid Id, Guid ApplicationId, string Name, string DivisionCode, string ForMonth, decimal Amount, string Reason, bool Recovered);

/// <summary>What a bank return file changed.</summary>
public sealed record BankReturnResult(int Paid, int Failed, IReadOnlyList<RowError> Errors);
