namespace Minzheng.Sdk.Indicators;

/// <summary>
/// One value of an indicator. A share with nothing to share out is no value with the reason, never 0% or
/// 100%: use <see cref="Share"/>, which says so when the denominator is zero.
/// </summary>
/// <param name="Value">The value in the indicator's unit; null when it cannot be computed.</param>
/// <param name="Numerator">For a share: what was counted.</param>
/// <param name="Denominator">For a share: what it is counted against.</param>
/// <param name="NotComputed">Why <paramref name="Value"/> is null, in Chinese.</param>
public sealed record IndicatorFigure(decimal? Value, decimal? Numerator = null, decimal? Denominator = null, string? NotComputed = null)
{
    /// <summary>A count or an amount.</summary>
    public static IndicatorFigure Of(decimal value) => new(value);

    /// <summary>
    /// <paramref name="numerator"/> ÷ <paramref name="denominator"/> in percent, rounded to two decimals;
    /// with a zero denominator no value, and <paramref name="whenEmpty"/> as the reason
    /// (e.g. "本镇街无符合条件的持证残疾人").
    /// </summary>
    public static IndicatorFigure Share(decimal numerator, decimal denominator, string whenEmpty) =>
        denominator == 0
            ? new IndicatorFigure(null, numerator, denominator, whenEmpty)
            : new IndicatorFigure(Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero), numerator, denominator);

    /// <summary>No value, with the reason.</summary>
    public static IndicatorFigure Missing(string reason) => new(null, NotComputed: reason);
}
