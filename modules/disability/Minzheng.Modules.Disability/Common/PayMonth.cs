using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Modules.Disability.Common;

/// <summary>
/// A calendar month of payment (发放月份). Stored as the integer <c>yyyyMM</c> so that the database
/// can compare and range over months in set-based queries.
/// </summary>
/// <param name="Key">The month as <c>yyyyMM</c>, e.g. 202606.</param>
public readonly record struct PayMonth(int Key) : IComparable<PayMonth>
{
    /// <summary>The year.</summary>
    public int Year => Key / 100;

    /// <summary>The month, 1–12.</summary>
    public int Month => Key % 100;

    /// <summary>The month a day falls in.</summary>
    public static PayMonth Of(DateOnly day) => new(day.Year * 100 + day.Month);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public PayMonth Plus(int months) => Of(FirstDay.AddMonths(months));

    /// <summary>The months from this one up to <paramref name="last"/>, both included; empty when <paramref name="last"/> is earlier.</summary>
    public IEnumerable<PayMonth> Through(PayMonth last)
    {
        for (var month = this; month.Key <= last.Key; month = month.Plus(1))
        {
            yield return month;
        }
    }

    /// <summary>Reads <c>yyyy-MM</c> (as staff and the API write it).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PayMonth? month)
    {
        month = null;
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", out var day))
        {
            return false;
        }
        month = Of(day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PayMonth other) => Key.CompareTo(other.Key);

    /// <summary><c>yyyy-MM</c>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
