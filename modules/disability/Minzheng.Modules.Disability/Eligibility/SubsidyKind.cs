namespace Minzheng.Modules.Disability.Eligibility;

/// <summary>The two subsidies (两项补贴). A person may hold both, each by its own application.</summary>
public enum SubsidyKind
{
    /// <summary>困难残疾人生活补贴.</summary>
    LivingSubsidy = 1,
    /// <summary>重度残疾人护理补贴.</summary>
    CareSubsidy = 2,
}

/// <summary>The words staff read and the codes the API uses for <see cref="SubsidyKind"/>.</summary>
public static class SubsidyKinds
{
    /// <summary>API code of the living subsidy.</summary>
    public const string Living = "living";

    /// <summary>API code of the care subsidy.</summary>
    public const string Care = "care";

    /// <summary>The API code.</summary>
    public static string Code(SubsidyKind kind) => kind == SubsidyKind.LivingSubsidy ? Living : Care;

    /// <summary>The Chinese name.</summary>
    public static string Label(SubsidyKind kind) => kind == SubsidyKind.LivingSubsidy ? "困难残疾人生活补贴" : "重度残疾人护理补贴";

    /// <summary>Reads an API code (or the Chinese name).</summary>
    public static bool TryParse(string? text, out SubsidyKind kind)
    {
        kind = default;
        switch (text?.Trim())
        {
            case Living or "困难残疾人生活补贴":
                kind = SubsidyKind.LivingSubsidy;
                return true;
            case Care or "重度残疾人护理补贴":
                kind = SubsidyKind.CareSubsidy;
                return true;
            default:
                return false;
        }
    }
}
