using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Volunteer.Indicators;

/// <summary>
/// 表2 row 16: 实名认证志愿者人数占居民人口的比例 — volunteers registered by the date and not left, counted where they serve,
/// over the living residents of the registry, per town.
/// </summary>
internal sealed class RegisteredShareIndicator(VolunteerDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller) : IIndicator
{
    public string Key => "volunteer.registered-share";

    public async Task<IndicatorResult> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var serving = await db.Volunteers.AsNoTracking().WithinScope(caller)
            .Where(v => v.RegisteredOn <= asOf && (v.LeftOn == null || v.LeftOn > asOf))
            .GroupBy(v => v.DivisionCode.Substring(0, 9)).Select(g => new { Town = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Town, g => g.Count, cancellationToken);
        var residents = await registry.CountByTownAsync(new ResidentFilter(Status: ResidentStatus.Alive), cancellationToken);
        var towns = names.TownsWithin(caller.Scope).ToDictionary(town => town,
            town => IndicatorFigure.Share(serving.GetValueOrDefault(town), residents.GetValueOrDefault(town), "居民信息库中本镇街没有在世居民"));
        return new IndicatorResult(
            IndicatorFigure.Share(towns.Keys.Sum(t => serving.GetValueOrDefault(t)), towns.Keys.Sum(t => residents.GetValueOrDefault(t)), "居民信息库中没有在世居民"),
            towns,
            "截至日期实名注册且未注销的志愿者人数（按服务所在镇街计）÷ 居民信息库中当前在世的居民人数");
    }
}
