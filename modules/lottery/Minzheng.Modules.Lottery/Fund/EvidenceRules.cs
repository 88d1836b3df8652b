namespace Minzheng.Modules.Lottery.Fund;

/// <summary>What a funding-mark photo must be: a JPEG or PNG of reasonable size, checked by its first bytes, not its name alone.</summary>
public static class EvidenceRules
{
    /// <summary>5 MB: a phone's photo, not a video.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Whether <paramref name="content"/> starts as a file of <paramref name="contentType"/> does.</summary>
    public static bool LooksLike(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        "image/jpeg" => content.Length > 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF,
        "image/png" => content.Length > 8 && content[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        _ => false,
    };
}
