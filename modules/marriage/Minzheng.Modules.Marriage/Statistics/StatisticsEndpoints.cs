using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Statistics;

/// <summary>
/// Registrations, divorces, withdrawals and the 跨省通办 share of a year, by month and by town, within the
/// caller's scope; towns by name, with their code. Voided registrations do not count. A year's records
/// of one office fit in memory.
/// </summary>
public sealed class StatisticsEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/statistics", async (int? year, MarriageDb db, ICallerContext caller, IDivisionNames names, TimeProvider clock, CancellationToken ct) =>
            {
                var today = clock.BeijingToday();
                var y = year ?? today.Year;
                var marriages = await db.Marriages.AsNoTracking().WithinScope(caller)
                    .Where(m => m.Status != MarriageStatus.Voided && m.RegisteredOn.Year == y)
                    .Select(m => new { m.RegisteredOn, m.DivisionCode, m.CrossProvince }).ToListAsync(ct);
                var applications = await db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller)
                    .Where(d => d.AppliedOn.Year >= y - 1 && d.AppliedOn.Year <= y).ToListAsync(ct);
                var divorces = applications.Where(d => d.Status == DivorceStatus.Registered && d.DivorcedOn!.Value.Year == y).ToList();
                var withdrawals = applications.Select(d => (d.DivisionCode, Day: WithdrawnOn(d, today))).Where(w => w.Day?.Year == y).ToList();
                var registered = marriages.Count + divorces.Count;
                return new
                {
                    year = y,
                    registrations = marriages.Count,
                    divorces = divorces.Count,
                    withdrawals = withdrawals.Count,
                    crossProvinceShare = StatisticsRules.Percent(marriages.Count(m => m.CrossProvince) + divorces.Count(d => d.CrossProvince), registered),
                    registrationsByMonth = StatisticsRules.ByMonth(marriages.Select(m => m.RegisteredOn), y),
                    divorcesByMonth = StatisticsRules.ByMonth(divorces.Select(d => d.DivorcedOn!.Value), y),
                    withdrawalsByMonth = StatisticsRules.ByMonth(withdrawals.Select(w => w.Day!.Value), y),
                    registrationsByTown = StatisticsRules.ByTown(marriages.Select(m => m.DivisionCode), names.NameOf),
                    divorcesByTown = StatisticsRules.ByTown(divorces.Select(d => d.DivisionCode), names.NameOf),
                    withdrawalsByTown = StatisticsRules.ByTown(withdrawals.Select(w => w.DivisionCode), names.NameOf),
                };
            })
            .RequirePermission(MarriagePermissions.Statistics)
            .WithName("MarriageStatistics")
            .WithSummary("Registrations and divorces of a year, by month and town; the cross-province share.");

    // A withdrawal counts on the day a party withdrew, a deemed withdrawal on the day after the second window closed.
    private static DateOnly? WithdrawnOn(DivorceApplication d, DateOnly today) =>
        DivorceRules.EffectiveStatus(d.Status, d.CoolingOffEnds, d.RequestWindowEnds, today) switch
        {
            DivorceStatus.Withdrawn => d.Steps.Where(s => s.Title == DivorceRules.ActionName(DivorceAction.Withdraw))
                .Select(s => (DateOnly?)DateOnly.FromDateTime(s.At.ToOffset(TimeSpan.FromHours(8)).DateTime)).LastOrDefault(),
            DivorceStatus.DeemedWithdrawn => d.RequestWindowEnds!.Value.AddDays(1),
            _ => null,
        };
}
