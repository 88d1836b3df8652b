using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Modules.Lottery.Sales;
using Minzheng.Modules.Lottery.Terminals;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Demo;

/// <summary>
/// The demo district's outlets, made up (never real businesses): in each town a 专营 and a 兼营 outlet run by synthetic
/// residents of the town's villages, at synthetic points scattered around 万盛 (28.96° N, 106.92° E), approved with an
/// agency contract and terminals; the second town's 兼营 application (and every third town's after it) refused. A made-up
/// school in each of the first three towns, far enough from every outlet for the siting rule. Twelve months of sales per open outlet;
/// one inspection with a finding rechecked and penalised, one whose correction is overdue. Does nothing once the
/// module holds an outlet.
/// </summary>
internal sealed class LotteryDemo(LotteryDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller, SalesOptions sales, TimeProvider clock) : IModuleDemo
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Outlets.AnyAsync(cancellationToken)) return false;
        var today = clock.BeijingToday();
        var adults = new List<ResidentRecord>();
        await foreach (var resident in registry.ListAsync(new ResidentFilter(Status: ResidentStatus.Alive), cancellationToken))
        {
            if (resident.IdNumber.AgeOn(today) is >= 25 and <= 60 && resident.DivisionCode.Length == 12) adults.Add(resident);
        }
        var import = new SalesImport { Id = Guid.NewGuid(), FileName = "演示数据", ImportedAt = clock.GetUtcNow(), StaffName = caller.Staff.Name, DivisionCode = caller.Scope.DivisionCode };
        var open = new List<Outlet>();
        var sequence = 0;
        var towns = names.TownsWithin(caller.Scope).ToList();
        foreach (var (town, t) in towns.Select((town, t) => (town, t)))
        {
            var people = adults.Where(a => a.DivisionCode.StartsWith(town, StringComparison.Ordinal)).Take(2).ToList();
            if (people.Count < 2) continue;
            var townName = names.NameOf(town) ?? town;
            if (t < 3) AddSchool(townName, people[0].DivisionCode, t);
            for (var i = 0; i < 2; i++)
            {
                sequence++;
                var kind = i == 0 ? OutletKind.Dedicated : OutletKind.Shared;
                var refused = kind == OutletKind.Shared && t % 3 == 1;
                // Synthetic points a few kilometres around the centre of 万盛, 1 km or more apart: no siting rule bites.
                var angle = sequence * 2.399;
                var outlet = new Outlet
                {
                    Id = Guid.NewGuid(), Name = $"中国福利彩票{townName}{sequence:D2}号投注站（演示）", Kind = kind, StationNumber = refused ? null : $"DEMO{sequence:D4}",
                    OperatorName = people[i].Name, OperatorIdentifier = people[i].IdNumber.Value, Address = $"{townName}演示路{sequence}号", DivisionCode = people[i].DivisionCode,
                    Latitude = Math.Round(28.96 + Math.Sin(angle) * 0.01 * (1 + sequence % 5), 6), Longitude = Math.Round(106.92 + Math.Cos(angle) * 0.01 * (1 + sequence % 5), 6),
                    Premises = kind == OutletKind.Dedicated ? "租赁门面25平方米（演示）" : "便利店内专柜（演示）", AppliedOn = today.AddYears(-2).AddDays(sequence * 7),
                    Status = refused ? OutletStatus.Refused : OutletStatus.Open,
                };
                db.Outlets.Add(outlet);
                OutletHistory.Record(db, outlet.Id, caller, clock, "受理设立申请", "演示数据");
                if (refused)
                {
                    outlet.Reason = "经营场所不符合要求（演示）";
                    OutletHistory.Record(db, outlet.Id, caller, clock, "不予设立", outlet.Reason);
                    continue;
                }
                outlet.OpenedOn = outlet.AppliedOn.AddDays(20);
                OutletHistory.Record(db, outlet.Id, caller, clock, "批准设立");
                open.Add(outlet);
                Equip(outlet, sequence);
                Sell(outlet, import, today, sequence);
            }
        }
        if (open.Count == 0) return false;
        db.SalesImports.Add(import);
        Inspect(open, today);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // Half a kilometre from the centre, where no outlet is (they are 1 km and more from it): at least 480 m from each.
    private void AddSchool(string townName, string village, int t)
    {
        var angle = t * 2.094;
        db.Schools.Add(new School
        {
            Id = Guid.NewGuid(), Name = $"{townName}演示小学（演示）", Address = $"{townName}演示学校路{t + 1}号", DivisionCode = village,
            Latitude = Math.Round(28.96 + Math.Sin(angle) * 0.005, 6), Longitude = Math.Round(106.92 + Math.Cos(angle) * 0.005, 6),
        });
    }

    // A contract from the opening for three years (every fourth one ending within the month, to show as expiring) and
    // one terminal, two for every other 专营 outlet.
    private void Equip(Outlet outlet, int sequence)
    {
        var opened = outlet.OpenedOn!.Value;
        var ends = sequence % 4 == 0 ? clock.BeijingToday().AddDays(20 + sequence) : opened.AddYears(3).AddDays(-1);
        var contract = new AgencyContract
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, DivisionCode = outlet.DivisionCode, Number = $"WSFC-DEMO-{sequence:D3}", SignedOn = opened, StartsOn = opened,
            EndsOn = ends, Status = ContractStatus.Active,
        };
        contract.Terms.Add(new ContractTerm { Id = Guid.NewGuid(), ContractId = contract.Id, Sequence = 1, SignedOn = opened, StartsOn = opened, EndsOn = ends });
        db.Contracts.Add(contract);
        var count = outlet.Kind == OutletKind.Dedicated && sequence % 2 == 1 ? 2 : 1;
        for (var n = 1; n <= count; n++)
        {
            var terminal = new Terminal { Id = Guid.NewGuid(), SerialNumber = $"FC-DEMO-{sequence:D3}-{n}", OutletId = outlet.Id, DivisionCode = outlet.DivisionCode };
            terminal.Placements.Add(new TerminalPlacement { Id = Guid.NewGuid(), TerminalId = terminal.Id, OutletId = outlet.Id, InstalledOn = opened });
            db.Terminals.Add(terminal);
        }
    }

    // The last twelve months (this one excluded: the sales centre reports a month after it ends), three games each.
    private void Sell(Outlet outlet, SalesImport import, DateOnly today, int sequence)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var scale = outlet.Kind == OutletKind.Dedicated ? 1.0m : 0.35m;
        for (var m = 1; m <= 12; m++)
        {
            var month = thisMonth.AddMonths(-m);
            foreach (var (game, g) in sales.Games.Take(3).Select((game, g) => (game, g)))
            {
                var amount = Math.Round((180_000m - g * 55_000m + (sequence * 7_919 + m * 3_571 + g * 1_013) % 40_000) * scale, 0);
                db.Sales.Add(new MonthlySale { Id = Guid.NewGuid(), OutletId = outlet.Id, DivisionCode = outlet.DivisionCode, Month = month, Game = game, Amount = amount, ImportId = import.Id });
                import.Rows++;
                import.Created++;
                import.CreatedAmount += amount;
            }
        }
    }

    // One inspection found a sale to a minor, rechecked corrected and penalised; another's correction is overdue.
    private void Inspect(List<Outlet> open, DateOnly today)
    {
        var first = open[0];
        var inspection = new Inspection
        {
            Id = Guid.NewGuid(), OutletId = first.Id, DivisionCode = first.DivisionCode, InspectedOn = today.AddDays(-40), Inspectors = "张检查、王监督（演示）",
            Notes = "例行检查（演示）", CorrectBy = today.AddDays(-25), RecheckedOn = today.AddDays(-24), Status = InspectionStatus.Rechecked, RecordedBy = caller.Staff.Name,
        };
        inspection.Findings.Add(new Finding
        {
            Id = Guid.NewGuid(), InspectionId = inspection.Id, Number = 1, ClauseId = "minors", ClauseText = "不得向未成年人销售彩票和兑奖",
            Note = "向一名中学生出售即开型彩票（演示）", Outcome = FindingOutcome.Corrected,
        });
        db.Inspections.Add(inspection);
        db.Penalties.Add(new Penalty
        {
            Id = Guid.NewGuid(), OutletId = first.Id, InspectionId = inspection.Id, DivisionCode = first.DivisionCode, OperatorName = first.OperatorName,
            OperatorIdentifier = first.OperatorIdentifier, AmountFen = 500_000, DecisionNumber = "万民彩罚〔演示〕1号", DecidedOn = today.AddDays(-30),
            Reasons = "向未成年人销售彩票，违反《彩票管理条例》第十八条（演示）", DecidedBy = caller.Staff.Name,
        });
        OutletHistory.Record(db, first.Id, caller, clock, "检查发现问题", "向未成年人销售彩票（演示）");
        OutletHistory.Record(db, first.Id, caller, clock, "处罚", "万民彩罚〔演示〕1号，罚款5,000.00元（演示）");
        if (open.Count < 2) return;
        var second = open[1];
        var overdue = new Inspection
        {
            Id = Guid.NewGuid(), OutletId = second.Id, DivisionCode = second.DivisionCode, InspectedOn = today.AddDays(-20), Inspectors = "李检查、赵监督（演示）",
            CorrectBy = today.AddDays(-5), Status = InspectionStatus.Correcting, RecordedBy = caller.Staff.Name,
        };
        overdue.Findings.Add(new Finding
        {
            Id = Guid.NewGuid(), InspectionId = overdue.Id, Number = 1, ClauseId = "fund-mark", ClauseText = "张贴公益金资助标识和游戏规则、中奖概率",
            Note = "未张贴游戏规则和中奖概率（演示）",
        });
        db.Inspections.Add(overdue);
    }
}
