using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Demo;

/// <summary>
/// A made-up 公益金 history of the demo district (no real organisation or project): three past years and this one of
/// receipts (上级下达, 本级留成, unclaimed prizes 70 days after a draw), a project per town and year with its allocation and
/// disbursements, one disbursement reversed, and last year's disclosure published. Posted through the ledger's own rules.
/// Does nothing once the ledger holds a movement.
/// </summary>
internal sealed class FundDemo(LotteryDb db, FundPosting posting, IDivisionNames names, ICallerContext caller, TimeProvider clock) : IModuleDemo
{
    private static readonly string[] Purposes = ["农村互助养老服务点运营", "困境儿童关爱服务", "残疾人康复服务", "社区老年食堂设备购置"];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.FundMovements.AnyAsync(cancellationToken)) return false;
        var today = clock.BeijingToday();
        var towns = names.TownsWithin(caller.Scope).Take(4).ToList();
        FundMovement? toReverse = null;
        for (var year = today.Year - 3; year <= today.Year; year++)
        {
            var last = year == today.Year ? today : new DateOnly(year, 12, 31);
            await ReceiveAsync(ReceiptSource.Allocated, 180_000_00 + (year % 4) * 10_000_00, Clamp(new DateOnly(year, 3, 15), last), null, "上级下达公益金（演示）", cancellationToken);
            await ReceiveAsync(ReceiptSource.Retained, 45_000_00, Clamp(new DateOnly(year, 4, 20), last), null, "本级留成（演示）", cancellationToken);
            var draw = Clamp(new DateOnly(year, 2, 1), last);
            if (draw.AddDays(70) <= last)
            {
                await ReceiveAsync(ReceiptSource.UnclaimedPrizes, 3_250_00, draw.AddDays(70), draw, "逾期未兑奖奖金转入（演示）", cancellationToken);
            }
            for (var t = 0; t < towns.Count; t++)
            {
                var on = Clamp(new DateOnly(year, 5, 10 + t), last);
                if (on < new DateOnly(year, 5, 1)) continue;
                var project = new FundProject
                {
                    Id = Guid.NewGuid(), Name = $"{names.NameOf(towns[t]) ?? towns[t]}{Purposes[(t + year) % Purposes.Length]}（演示）",
                    RecipientName = $"{names.NameOf(towns[t]) ?? towns[t]}社会事务办公室（演示）", Purpose = Purposes[(t + year) % Purposes.Length] + "，资助设施张贴公益金标识",
                    DivisionCode = towns[t], Year = year, CreatedAt = clock.GetUtcNow(),
                };
                db.FundProjects.Add(project);
                await PostAsync(new FundMovement { Kind = MovementKind.Allocation, ProjectId = project.Id, Amount = 40_000_00, OccurredOn = on, Note = "项目拨付（演示）" }, project, cancellationToken);
                var paid = Clamp(on.AddMonths(2), last);
                if (paid > on)
                {
                    var disbursement = new FundMovement { Kind = MovementKind.Disbursement, ProjectId = project.Id, Amount = 25_000_00, OccurredOn = paid, Note = "项目支出（演示）" };
                    await PostAsync(disbursement, project, cancellationToken);
                    if (year == today.Year - 1 && t == 0) toReverse = disbursement;
                }
            }
        }
        if (toReverse is not null)
        {
            var project = await db.FundProjects.FirstAsync(p => p.Id == toReverse.ProjectId, cancellationToken);
            await PostAsync(new FundMovement
            {
                Kind = MovementKind.Reversal, ReversesId = toReverse.Id, ReversedKind = toReverse.Kind, ProjectId = project.Id, Amount = toReverse.Amount,
                OccurredOn = new DateOnly(today.Year - 1, 12, 20), Note = "重复登记，冲销（演示）",
            }, project, cancellationToken);
        }
        var lastYear = today.Year - 1;
        db.FundDisclosures.Add(new FundDisclosure
        {
            Id = Guid.NewGuid(), Year = lastYear, Edition = 1, Status = DisclosureStatus.Published, DistrictName = $"{names.DistrictName}民政局",
            Note = "", DraftedAt = clock.GetUtcNow(), PublishedOn = today < DisclosureRules.DueOn(lastYear) ? today : DisclosureRules.DueOn(lastYear).AddDays(-5),
            PublishedBy = caller.Staff.Name, Figures = await DisclosureLedger.ComputeAsync(db, names, lastYear, cancellationToken),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Task ReceiveAsync(ReceiptSource source, long fen, DateOnly on, DateOnly? draw, string note, CancellationToken ct) =>
        PostAsync(new FundMovement { Kind = MovementKind.Receipt, Source = source, Amount = fen, OccurredOn = on, DrawDate = draw, Note = note }, null, ct);

    // Saved one by one: each posting changes the balances under their versions, as a request would.
    private async Task PostAsync(FundMovement movement, FundProject? project, CancellationToken ct)
    {
        if (await posting.PostAsync(movement, project, ct) is not null) throw new InvalidOperationException("The fund's demo history would overdraw a balance.");
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Clamp(DateOnly day, DateOnly last) => day > last ? last : day;
}
