namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>A draft to make.</summary>
/// <param name="Year">The year to disclose (a past year).</param>
/// <param name="Note">说明; required for a correction of a published edition (what it corrects).</param>
public sealed record DraftRequest(int? Year, string? Note);

/// <summary>A source's receipts, 元.</summary>
public sealed record SourceLine(string Source, string Label, decimal Amount);

/// <summary>A project's year, 元.</summary>
public sealed record ProjectLineView(string Name, string RecipientName, string Purpose, string Area, decimal Allocated, decimal Used, decimal Returned);

/// <summary>A disclosure as staff and the public read it (money in 元); nothing personal is in it.</summary>
public sealed record DisclosureView(Guid Id, int Year, int Edition, string Status, string StatusText, string DistrictName, string Note, decimal Raised,
    IReadOnlyList<SourceLine> BySource, decimal Allocated, decimal Used, decimal Returned, decimal FundBalanceAtYearEnd, IReadOnlyList<ProjectLineView> Projects,
    DateOnly DueOn, DateOnly? PublishedOn, Guid? SupersedesId, int Version, string Title, string Basis)
{
    /// <summary>The view of <paramref name="d"/>.</summary>
    public static DisclosureView Of(FundDisclosure d)
    {
        var f = d.Figures;
        return new DisclosureView(d.Id, d.Year, d.Edition, DisclosureRules.Code(d.Status), DisclosureRules.Label(d.Status), d.DistrictName, d.Note, f.Raised / 100m,
            [.. f.BySource.Select(s => new SourceLine(s.Source, s.Label, s.Amount / 100m))], f.Allocated / 100m, f.Used / 100m, f.Returned / 100m,
            f.FundBalanceAtYearEnd / 100m,
            [.. f.Projects.Select(p => new ProjectLineView(p.Name, p.RecipientName, p.Purpose, p.Area, p.Allocated / 100m, p.Used / 100m, p.Returned / 100m))],
            DisclosureRules.DueOn(d.Year), d.PublishedOn, d.SupersedesId, d.Version,
            $"{d.DistrictName}{d.Year}年度福利彩票公益金使用情况公告{(d.Edition > 1 ? $"（更正，第{d.Edition}版）" : "")}", PublicBasis);
    }

    /// <summary>Why the disclosure is public: the regulations make it so.</summary>
    public const string PublicBasis = "依据《彩票管理条例》及《彩票管理条例实施细则》，彩票公益金的使用部门、单位应当每年6月底前向社会公告上一年度彩票公益金的使用规模、资助项目、执行情况和实际效果等。";
}

/// <summary>A disclosure in the list.</summary>
public sealed record DisclosureRow(Guid Id, int Year, int Edition, string Status, decimal Raised, decimal Allocated, decimal Used, DateOnly? PublishedOn, int Version);
