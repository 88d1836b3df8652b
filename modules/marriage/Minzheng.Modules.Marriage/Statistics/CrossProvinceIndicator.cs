using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Statistics;

/// <summary>
/// 表2 row 9: 婚姻登记“跨省通办”实施率 — of the year's applications by parties whose hukou is in another
/// province, the share the office handled: a marriage registered counts as handled (a marriage application the
/// office turns away is not recorded, so it cannot be counted against); a divorce application counts once the
/// office decided on it, handled when accepted, not when refused.
/// </summary>
internal sealed class CrossProvinceIndicator(MarriageDb db, ICallerContext caller, IDivisionNames names) : IIndicator
{
    public string Key => "marriage.cross-province";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        var marriages = await db.Marriages.AsNoTracking().WithinScope(caller)
            .Where(m => m.CrossProvince && m.Status != MarriageStatus.Voided && m.RegisteredOn >= yearStart && m.RegisteredOn <= asOf)
            .Select(m => m.DivisionCode).ToListAsync(cancellationToken);
        var divorces = await db.Divorces.AsNoTracking().WithinScope(caller)
            .Where(d => d.CrossProvince && d.AppliedOn >= yearStart && d.AppliedOn <= asOf && d.Status != DivorceStatus.Applied)
            .Select(d => new { d.DivisionCode, Accepted = d.AcceptedOn != null && d.AcceptedOn <= asOf }).ToListAsync(cancellationToken);

        var cases = marriages.Select(code => (Code: code, Handled: true)).Concat(divorces.Select(d => (Code: d.DivisionCode, Handled: d.Accepted))).ToList();
        const string none = "本年度无跨省通办婚姻登记业务";
        var byTown = names.TownsWithin(caller.Scope).ToDictionary(town => town, town =>
        {
            var inTown = cases.Where(c => c.Code.StartsWith(town, StringComparison.Ordinal)).ToList();
            return IndicatorFigure.Share(inTown.Count(c => c.Handled), inTown.Count, none);
        });
        return new IndicatorResult(IndicatorFigure.Share(cases.Count(c => c.Handled), cases.Count, none), byTown,
            "本年度截至日期，跨省通办（一方户籍在外省）婚姻登记中已办理的件数 ÷ 申请件数：结婚按登记计；离婚申请按受理或不予受理计，受理为已办理");
    }
}
