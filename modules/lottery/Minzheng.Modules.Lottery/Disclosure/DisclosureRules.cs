using Minzheng.Modules.Lottery.Fund;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>A movement as the disclosure reads it.</summary>
public sealed record LedgerLine(MovementKind Kind, MovementKind? ReversedKind, ReceiptSource? Source, Guid? ProjectId, long Amount, int Year);

/// <summary>A project as the disclosure names it.</summary>
public sealed record ProjectLine(Guid Id, string Name, string RecipientName, string Purpose, string Area);

/// <summary>The disclosure's rules, plain C#: figures from the ledger, the due date, the states.</summary>
public static class DisclosureRules
{
    /// <summary>The figures of <paramref name="year"/> from every movement up to its end (a reversal counts in its own year, against what it undoes).</summary>
    public static DisclosureFigures Compute(int year, IReadOnlyCollection<LedgerLine> lines, IReadOnlyCollection<ProjectLine> projects)
    {
        var figures = new DisclosureFigures();
        var inYear = lines.Where(l => l.Year == year).Select(l => (Line: l, Kind: l.Kind == MovementKind.Reversal ? l.ReversedKind!.Value : l.Kind,
            Amount: l.Kind == MovementKind.Reversal ? -l.Amount : l.Amount)).ToList();
        figures.Raised = inYear.Where(l => l.Kind == MovementKind.Receipt).Sum(l => l.Amount);
        figures.BySource = [.. Enum.GetValues<ReceiptSource>().Select(s => new SourceFigure(FundRules.Code(s), FundRules.Label(s),
            inYear.Where(l => l.Kind == MovementKind.Receipt && l.Line.Source == s).Sum(l => l.Amount)))];
        figures.Allocated = inYear.Where(l => l.Kind == MovementKind.Allocation).Sum(l => l.Amount);
        figures.Used = inYear.Where(l => l.Kind == MovementKind.Disbursement).Sum(l => l.Amount);
        figures.Returned = inYear.Where(l => l.Kind == MovementKind.Return).Sum(l => l.Amount);
        figures.FundBalanceAtYearEnd = lines.Where(l => l.Year <= year).Sum(l => FundRules.EffectOf(l.Kind, l.Amount, l.ReversedKind).Fund);
        figures.Projects = [.. projects.Select(p =>
            {
                long Sum(MovementKind kind) => inYear.Where(l => l.Line.ProjectId == p.Id && l.Kind == kind).Sum(l => l.Amount);
                return new ProjectFigure(p.Name, p.RecipientName, p.Purpose, p.Area, Sum(MovementKind.Allocation), Sum(MovementKind.Disbursement), Sum(MovementKind.Return));
            })
            .Where(f => f.Allocated != 0 || f.Used != 0 || f.Returned != 0).OrderBy(f => f.Name, StringComparer.Ordinal)];
        return figures;
    }

    /// <summary>The year's disclosure is due by 6-30 of the next year.</summary>
    public static DateOnly DueOn(int year) => new(year + 1, 6, 30);

    /// <summary>Whether to warn on <paramref name="today"/> that last year's disclosure is not published yet.</summary>
    public static bool Warn(DateOnly today, int warnDaysBefore, bool lastYearPublished) =>
        !lastYearPublished && today >= DueOn(today.Year - 1).AddDays(-warnDaysBefore);

    /// <summary>The API's code of a status.</summary>
    public static string Code(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "draft",
        DisclosureStatus.Published => "published",
        _ => "superseded",
    };

    /// <summary>A status's Chinese name.</summary>
    public static string Label(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "草稿",
        DisclosureStatus.Published => "已公告",
        _ => "已更正",
    };
}

/// <summary>Modules:lottery:Disclosure.</summary>
public sealed class DisclosureOptions
{
    /// <summary>How many days before 6-30 the home page and the dashboard start warning (default 30).</summary>
    public int WarnDaysBefore { get; set; } = 30;
}
