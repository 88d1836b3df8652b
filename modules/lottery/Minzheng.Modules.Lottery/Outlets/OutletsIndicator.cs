using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>表2 row 5: 福利彩票销售网点数 — outlets open on the date, per town.</summary>
internal sealed class OutletsIndicator(LotteryDb db, ICallerContext caller, IDivisionNames names) : IIndicator
{
    public string Key => "lottery.outlets";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var open = await db.Outlets.AsNoTracking().WithinScope(caller).Where(OutletCodes.OpenOn(asOf)).Select(o => o.DivisionCode).ToListAsync(cancellationToken);
        return new IndicatorResult(IndicatorFigure.Of(open.Count),
            names.TownsWithin(caller.Scope).ToDictionary(t => t, t => IndicatorFigure.Of(open.Count(c => c.StartsWith(t, StringComparison.Ordinal)))),
            "截至日期已批准设立、尚未关闭的销售网点数");
    }
}
