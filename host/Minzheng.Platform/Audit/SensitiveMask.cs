using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Audit;

/// <summary>How a <see cref="Minzheng.Sdk.Data.SensitiveAttribute"/> value appears in the audit trail.</summary>
public static class SensitiveMask
{
    /// <summary>
    /// The masked form of <paramref name="value"/>, as the SDK masks numbers everywhere (<see cref="Masking.Mask"/>);
    /// a value that is not text is hidden whole; null stays null.
    /// </summary>
    public static string? Mask(object? value) => value switch
    {
        null => null,
        string s => Masking.Mask(s),
        _ => Masking.Hidden,
    };
}
