using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>
/// 表2 row 8: 慈善组织接受社会捐赠总额 (万元) — what recognised charity organisations received in the year of the date, up
/// to it: money and valued goods (goods that cannot be valued are not income, so not counted), per town of the organisation.
/// </summary>
internal sealed class DonationsIndicator(CharityDb db, ICallerContext caller, IDivisionNames names) : IIndicator
{
    public string Key => "charity.donations";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var received = await db.Donations.AsNoTracking().WithinScope(caller)
            .Where(d => d.Amount != null && d.ReceivedOn >= from && d.ReceivedOn <= asOf)
            .Select(d => new { d.DivisionCode, Amount = d.Amount!.Value }).ToListAsync(cancellationToken);
        return new IndicatorResult(TenThousands(received.Sum(r => r.Amount)),
            names.TownsWithin(caller.Scope).ToDictionary(t => t, t => TenThousands(received.Where(r => r.DivisionCode.StartsWith(t, StringComparison.Ordinal)).Sum(r => r.Amount))),
            "当年1月1日至统计日期，慈善组织接受的货币捐赠和可估值的物资捐赠（无法估值的物资不计入），单位万元");
    }

    private static IndicatorFigure TenThousands(decimal yuan) => IndicatorFigure.Of(Math.Round(yuan / 10_000m, 2, MidpointRounding.AwayFromZero));
}
