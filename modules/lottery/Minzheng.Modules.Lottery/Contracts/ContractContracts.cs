namespace Minzheng.Modules.Lottery.Contracts;

/// <summary>签订: the contract's number, the signing date and its term.</summary>
public sealed record NewContract(string? Number, DateOnly? SignedOn, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>续签: the renewal's signing date and the new term's last day (it starts the day after the current one ends).</summary>
public sealed record RenewContract(DateOnly? SignedOn, DateOnly? EndsOn);

/// <summary>终止: why.</summary>
public sealed record TerminateContract(string? Reason);

/// <summary>A term as staff see it.</summary>
public sealed record ContractTermView(int Sequence, DateOnly SignedOn, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A contract as staff see it, with its outlet's name and every term.</summary>
public sealed record ContractView(Guid Id, Guid OutletId, string OutletName, string DivisionCode, string Number, DateOnly SignedOn, DateOnly StartsOn, DateOnly EndsOn,
    string Status, bool Expiring, DateOnly? TerminatedOn, string? TerminationReason, string TermsText, IReadOnlyList<ContractTermView> Terms, int Version)
{
    /// <summary>The view of <paramref name="c"/>.</summary>
    public static ContractView Of(AgencyContract c, string outletName, DateOnly today, ContractOptions options)
    {
        var terms = c.Terms.OrderBy(t => t.Sequence).Select(t => new ContractTermView(t.Sequence, t.SignedOn, t.StartsOn, t.EndsOn)).ToList();
        return new(c.Id, c.OutletId, outletName, c.DivisionCode, c.Number, c.SignedOn, c.StartsOn, c.EndsOn, ContractRules.Code(c.Status),
            ContractRules.Expiring(c, today, options.ExpiringWithinDays), c.TerminatedOn, c.TerminationReason,
            string.Join("；", terms.Select(t => $"{(t.Sequence == 1 ? "签订" : $"第{t.Sequence - 1}次续签")} {t.SignedOn:yyyy-MM-dd}，{t.StartsOn:yyyy-MM-dd}至{t.EndsOn:yyyy-MM-dd}")),
            terms, c.Version);
    }
}
