using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>表2 row 7: 社会工作专业人才数 — qualified social workers working in the scope on the date, per town.</summary>
internal sealed class SocialWorkersIndicator(SocialOrgDb db, ICallerContext caller, IDivisionNames names) : IIndicator
{
    public string Key => "socialorg.social-workers";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var working = await db.SocialWorkers.AsNoTracking().WithinScope(caller)
            .Where(SocialWorkRules.WorkingOn(asOf))
            .Select(w => w.DivisionCode).ToListAsync(cancellationToken);
        return new IndicatorResult(IndicatorFigure.Of(working.Count),
            names.TownsWithin(caller.Scope).ToDictionary(t => t, t => IndicatorFigure.Of(working.Count(c => c.StartsWith(t, StringComparison.Ordinal)))),
            "截至日期在本区工作、持社会工作者职业资格证书的人数（已登记离开的不计）");
    }
}
