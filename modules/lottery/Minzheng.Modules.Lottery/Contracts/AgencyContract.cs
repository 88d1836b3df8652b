using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Contracts;

/// <summary>Whether a contract still binds.</summary>
public enum ContractStatus
{
    /// <summary>有效.</summary>
    Active = 1,

    /// <summary>已终止 (ended early: a serious violation, the outlet's closure).</summary>
    Terminated = 2,
}

/// <summary>
/// 代销合同: the agency contract between the sales centre and an approved outlet's operator, registered with the bureau.
/// Its current term is the last of <see cref="Terms"/>; a renewal adds a term and keeps the earlier ones. Carries the
/// outlet's village so that scope applies.
/// </summary>
public sealed class AgencyContract : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>The outlet's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>合同编号, unique in the district.</summary>
    public string Number { get; set; } = "";

    /// <summary>签订日期 of the first term.</summary>
    public DateOnly SignedOn { get; set; }

    /// <summary>The current term's first day.</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>The current term's last day.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>Whether it still binds.</summary>
    public ContractStatus Status { get; set; }

    /// <summary>终止日期.</summary>
    public DateOnly? TerminatedOn { get; set; }

    /// <summary>终止原因.</summary>
    public string? TerminationReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Every term, the first and each renewal, oldest first.</summary>
    public List<ContractTerm> Terms { get; set; } = [];
}

/// <summary>One term of a contract: the first (签订) or a renewal (续签).</summary>
public sealed class ContractTerm
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The contract.</summary>
    public Guid ContractId { get; set; }

    /// <summary>1 for the first term, then 2, 3 … for each renewal.</summary>
    public int Sequence { get; set; }

    /// <summary>签订日期 of this term.</summary>
    public DateOnly SignedOn { get; set; }

    /// <summary>First day.</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>Last day.</summary>
    public DateOnly EndsOn { get; set; }
}

/// <summary>The contracts' settings (configuration <c>Modules:lottery:Contracts</c>).</summary>
public sealed class ContractOptions
{
    /// <summary>A contract ending within this many days is listed as expiring and counted as a work item (default 60).</summary>
    public int ExpiringWithinDays { get; set; } = 60;
}

/// <summary>The contracts' rules, plain C#.</summary>
public static class ContractRules
{
    /// <summary>The longest term accepted, years: a guard against a typed year (2206), not a legal limit.</summary>
    public const int LongestTermYears = 10;

    /// <summary>Why a term from <paramref name="start"/> to <paramref name="end"/> is refused, or null.</summary>
    public static string? TermProblem(DateOnly start, DateOnly end) =>
        end <= start ? "合同期限的终止日期须晚于起始日期"
        : end > start.AddYears(LongestTermYears) ? $"合同期限不能超过{LongestTermYears}年"
        : null;

    /// <summary>Whether <paramref name="contract"/> binds and ends within <paramref name="days"/> days of <paramref name="today"/> (or has ended unrenewed).</summary>
    public static bool Expiring(AgencyContract contract, DateOnly today, int days) =>
        contract.Status == ContractStatus.Active && contract.EndsOn <= today.AddDays(days);

    /// <summary>The API code of a status.</summary>
    public static string Code(ContractStatus status) => status == ContractStatus.Active ? "active" : "terminated";
}
