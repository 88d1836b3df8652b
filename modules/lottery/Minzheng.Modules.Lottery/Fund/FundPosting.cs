using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>
/// Posts a movement: checks the balances stay at zero or above and changes them under their versions, so two requests
/// racing on the same money both read the same version and only one can save (the other answers 409).
/// </summary>
public sealed class FundPosting(LotteryDb db, ICallerContext caller, TimeProvider clock)
{
    /// <summary>Posts <paramref name="movement"/> (its kind, amount and project set) or says why not.</summary>
    public async Task<ProblemHttpResult?> PostAsync(FundMovement movement, FundProject? project, CancellationToken ct)
    {
        var effect = FundRules.EffectOf(movement.Kind, movement.Amount, movement.ReversedKind);
        var account = await db.FundAccounts.SingleAsync(ct);
        if (FundRules.Refusal(effect, account.Balance, project?.Balance ?? 0) is { } refusal) return Problems.Conflict(refusal, "余额不足");
        if (effect.Fund != 0)
        {
            // The expected version is the one just read: the database refuses the save if another posting changed it since.
            db.ExpectVersion(account, account.Version);
            account.Balance += effect.Fund;
        }
        if (project is not null && effect.Project != 0)
        {
            if (db.Entry(project).Property(p => p.Version).OriginalValue == project.Version) db.ExpectVersion(project, project.Version);
            project.Balance += effect.Project;
        }
        movement.Id = movement.Id == Guid.Empty ? Guid.NewGuid() : movement.Id;
        movement.Year = movement.OccurredOn.Year;
        movement.PostedAt = clock.GetUtcNow();
        movement.StaffId = caller.Staff.Id;
        movement.StaffName = caller.Staff.Name;
        movement.DivisionCode = project?.DivisionCode ?? caller.Scope.DivisionCode[..6];
        db.FundMovements.Add(movement);
        return null;
    }
}
