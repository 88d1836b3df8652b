using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Teams;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Volunteer.Indicators;

/// <summary>表2 row 17: 城乡社区志愿者组织队伍数量 — community teams existing on the date, per town.</summary>
internal sealed class CommunityTeamsIndicator(VolunteerDb db, IDivisionNames names, ICallerContext caller) : IIndicator
{
    public string Key => "volunteer.community-teams";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().WithinScope(caller).Where(t => t.Kind == TeamKind.Community).Where(TeamCodes.ExistsOn(asOf))
            .Select(t => t.DivisionCode).ToListAsync(cancellationToken);
        return new IndicatorResult(IndicatorFigure.Of(teams.Count),
            names.TownsWithin(caller.Scope).ToDictionary(t => t, t => IndicatorFigure.Of(teams.Count(c => c.StartsWith(t, StringComparison.Ordinal)))),
            "截至日期已成立、未撤销的城乡社区志愿服务队伍数（其他队伍不计）");
    }
}
