using System.Globalization;
using System.Text;

namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// What text staff and files may put into a record: one rule for every field of every module, applied by
/// <see cref="FieldErrors.Text"/> and <see cref="FieldErrors.PersonName"/>. Refused: control characters (NUL and the
/// like; tabs and line breaks of multi-line text are allowed), the bidirectional controls that make
/// <c>\u202Egnp.exe</c> read as <c>exe.png</c>, zero-width spaces and byte-order marks, and text that is nothing but
/// blanks and invisible characters. Plain C#.
/// </summary>
/// <remarks>Since SDK 2.3.0.</remarks>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> may not be stored (the end of a sentence after the field's label), or null.</summary>
    public static string? Refuse(string text)
    {
        // A lone surrogate is not text: EnumerateRunes would pass it off as U+FFFD.
        if (!IsValidUtf16(text)) return "含有无法识别的字符";
        var visible = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is '\t' or '\n' or '\r') continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control) return "不能含有控制字符";
            if (c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C) return "不能含有文字方向控制字符";
            if (c is 0x200B or 0x2060 or 0xFEFF or 0xFFFE or 0xFFFF) return "不能含有零宽空格等不可见字符";
            if (!Rune.IsWhiteSpace(rune) && c is not (0x200C or 0x200D or 0x00AD)) visible = true;
        }
        return visible || text.Length == 0 ? null : "不能只有空白或不可见字符";
    }

    /// <summary>
    /// Why <paramref name="name"/> is not a person's name, or null. A name holds letters of any script (汉字, minority
    /// and foreign scripts with their marks), the separator dot of Chinese transcriptions (阿依古丽·买买提, also ・ and •) and the Tibetan tsheg (་),
    /// spaces, hyphens, apostrophes and the period of initials — never digits, markup or other symbols.
    /// </summary>
    public static string? RefuseName(string name)
    {
        if (Refuse(name) is { } problem) return problem;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || rune.Value is ' ' or '·' or '・' or '•' or '-' or '\'' or '’' or '.' or '．' or 0x0F0B or 0x200C or 0x200D) continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            // 生僻字 of names: the newest CJK extensions (unknown to the runtime's tables yet) and the private-use code
            // points some Chinese systems map them to.
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse) continue;
            return "只能包含文字、间隔号“·”、空格、连字符和撇号";
        }
        return null;
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
