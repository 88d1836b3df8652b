using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>检查: the day, the inspectors by name, what was seen.</summary>
public sealed record NewInspection(DateOnly? InspectedOn, string? Inspectors, string? Notes);

/// <summary>A finding: the clause it breaks, what was seen, and the deadline to correct (set with the first finding, may be moved later).</summary>
public sealed record NewFinding(string? Clause, string? Note, DateOnly? CorrectBy);

/// <summary>复查: the day, and the findings corrected (by id; the others are not corrected). <c>correctedAll</c> says all were.</summary>
public sealed record Recheck(DateOnly? RecheckedOn, IReadOnlyList<Guid>? Corrected, bool? CorrectedAll);

/// <summary>处罚: the fine in 元, the decision document's number, date and reasons; a serious case orders the contract terminated.</summary>
public sealed record NewPenalty(decimal? Amount, string? DecisionNumber, DateOnly? DecidedOn, string? Reasons, bool? TerminateContract);

/// <summary>A finding as staff see it.</summary>
public sealed record FindingView(Guid Id, string Clause, string ClauseText, string Note, string Outcome);

/// <summary>A photo's facts (the bytes are fetched by its own route).</summary>
public sealed record PhotoView(Guid Id, Guid InspectionId, string FileName, string ContentType, int Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>An inspection as staff see it.</summary>
public sealed record InspectionView(Guid Id, Guid OutletId, string OutletName, string DivisionCode, DateOnly InspectedOn, string Inspectors, string? Notes,
    DateOnly? CorrectBy, DateOnly? RecheckedOn, string Status, bool Overdue, string FindingsText, IReadOnlyList<FindingView> Findings, int Version)
{
    /// <summary>The view of <paramref name="i"/>.</summary>
    public static InspectionView Of(Inspection i, string outletName, DateOnly today)
    {
        var ordered = i.Findings.OrderBy(f => f.Number).ToList();
        var findings = ordered.Select(f => new FindingView(f.Id, f.ClauseId, f.ClauseText, f.Note, InspectionRules.Code(f.Outcome))).ToList();
        return new(i.Id, i.OutletId, outletName, i.DivisionCode, i.InspectedOn, i.Inspectors, i.Notes, i.CorrectBy, i.RecheckedOn, InspectionRules.Code(i.Status),
            InspectionRules.Overdue(i, today), string.Join("；", ordered.Select((f, n) => $"{n + 1}. 违反“{f.ClauseText}”：{f.Note}{Outcome(f.Outcome)}")), findings, i.Version);
    }

    private static string Outcome(FindingOutcome outcome) => outcome switch
    {
        FindingOutcome.Corrected => "（已整改）",
        FindingOutcome.NotCorrected => "（未整改）",
        _ => "",
    };
}

/// <summary>A penalty as staff see it and as its decision document prints; <c>status</c> in-force or withdrawn (撤销).</summary>
public sealed record PenaltyView(Guid Id, Guid OutletId, string OutletName, Guid InspectionId, string DivisionCode, string OperatorName, string OperatorIdentifier,
    decimal Amount, string DecisionNumber, DateOnly DecidedOn, string Reasons, bool ContractTerminated, string DecidedBy, string Status, DateOnly? WithdrawnOn,
    string? WithdrawnBy, string? WithdrawalReason, string? WithdrawalNotice, int Version)
{
    /// <summary>The view of <paramref name="p"/>; the ID number masked, a credit code shown.</summary>
    public static PenaltyView Of(Penalty p, string outletName) => new(p.Id, p.OutletId, outletName, p.InspectionId, p.DivisionCode, p.OperatorName,
        p.OperatorIsOrganisation ? p.OperatorIdentifier : Masking.Mask(p.OperatorIdentifier), p.AmountFen / 100m, p.DecisionNumber, p.DecidedOn,
        p.Reasons, p.ContractTerminated, p.DecidedBy, InspectionRules.Code(p), p.WithdrawnOn, p.WithdrawnBy, p.WithdrawalReason,
        InspectionRules.WithdrawalNotice(p), p.Version);
}

/// <summary>A clause of the checklist.</summary>
public sealed record ClauseView(string Id, string Text);
