using System.Globalization;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>What a movement does to the fund's unallocated balance and to its project's balance, in fen.</summary>
/// <param name="Fund">Change of the fund's balance.</param>
/// <param name="Project">Change of the project's balance.</param>
public readonly record struct Effect(long Fund, long Project);

/// <summary>The ledger's rules, plain C#: the direction of each kind, the balances never below zero, the 60 days.</summary>
public static class FundRules
{
    /// <summary>Prizes are claimed within 60 days of the draw (条例 art. 25): only then may they be transferred.</summary>
    public const int ClaimDays = 60;

    /// <summary>The effect of a movement of <paramref name="kind"/>; a reversal is the opposite of what it undoes.</summary>
    public static Effect EffectOf(MovementKind kind, long amount, MovementKind? reversed = null) => kind switch
    {
        MovementKind.Receipt => new Effect(amount, 0),
        MovementKind.Allocation => new Effect(-amount, amount),
        MovementKind.Disbursement => new Effect(0, -amount),
        MovementKind.Return => new Effect(amount, -amount),
        MovementKind.Reversal when reversed is { } r and not MovementKind.Reversal => Negate(EffectOf(r, amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A reversal names the kind it undoes, never another reversal."),
    };

    /// <summary>Why applying <paramref name="effect"/> is refused (a balance would go below zero), or null.</summary>
    public static string? Refusal(Effect effect, long fundBalance, long projectBalance)
    {
        if (fundBalance + effect.Fund < 0)
        {
            return $"公益金未拨付余额不足：余额{Yuan(fundBalance)}元，本笔需{Yuan(-effect.Fund)}元。";
        }
        if (projectBalance + effect.Project < 0)
        {
            return $"项目余额不足：余额{Yuan(projectBalance)}元，本笔需{Yuan(-effect.Project)}元。";
        }
        return null;
    }

    /// <summary>Whether unclaimed prizes of the draw on <paramref name="draw"/> may be transferred on <paramref name="transfer"/>.</summary>
    public static bool ClaimPeriodOver(DateOnly draw, DateOnly transfer) => transfer.DayNumber - draw.DayNumber >= ClaimDays;

    /// <summary>An amount in 元 as staff type it, in fen; null when not above zero or finer than a fen.</summary>
    public static long? Fen(decimal? yuan) =>
        yuan is { } y && y > 0 && y <= 100_000_000_000m && decimal.Round(y, 2) == y ? (long)(y * 100) : null;

    /// <summary>Fen as 元 with two decimals, for messages.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The API's code of a kind.</summary>
    public static string Code(MovementKind kind) => kind switch
    {
        MovementKind.Receipt => "receipt",
        MovementKind.Allocation => "allocation",
        MovementKind.Disbursement => "disbursement",
        MovementKind.Return => "return",
        _ => "reversal",
    };

    /// <summary>A kind's Chinese name.</summary>
    public static string Label(MovementKind kind) => kind switch
    {
        MovementKind.Receipt => "收入",
        MovementKind.Allocation => "拨付项目",
        MovementKind.Disbursement => "项目支出",
        MovementKind.Return => "缴回",
        _ => "冲销",
    };

    /// <summary>The API's code of a source.</summary>
    public static string Code(ReceiptSource source) => source switch
    {
        ReceiptSource.Allocated => "allocated",
        ReceiptSource.Retained => "retained",
        ReceiptSource.UnclaimedPrizes => "unclaimed-prizes",
        _ => "other",
    };

    /// <summary>A source's Chinese name.</summary>
    public static string Label(ReceiptSource source) => source switch
    {
        ReceiptSource.Allocated => "上级下达",
        ReceiptSource.Retained => "本级留成",
        ReceiptSource.UnclaimedPrizes => "逾期未兑奖奖金",
        _ => "其他收入",
    };

    /// <summary>Reads a kind's code.</summary>
    public static MovementKind? ParseKind(string? code) =>
        Enum.GetValues<MovementKind>().Cast<MovementKind?>().FirstOrDefault(k => Code(k!.Value) == code);

    /// <summary>Reads a source's code.</summary>
    public static ReceiptSource? ParseSource(string? code) =>
        Enum.GetValues<ReceiptSource>().Cast<ReceiptSource?>().FirstOrDefault(s => Code(s!.Value) == code);

    private static Effect Negate(Effect e) => new(-e.Fund, -e.Project);
}
