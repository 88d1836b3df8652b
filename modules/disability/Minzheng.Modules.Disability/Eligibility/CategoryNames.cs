using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Eligibility;

/// <summary>Chinese names of disability categories.</summary>
public static class CategoryNames
{
    /// <summary>视力, 听力, …</summary>
    public static string Of(DisabilityCategory category) => category switch
    {
        DisabilityCategory.Visual => "视力",
        DisabilityCategory.Hearing => "听力",
        DisabilityCategory.Speech => "言语",
        DisabilityCategory.Physical => "肢体",
        DisabilityCategory.Intellectual => "智力",
        DisabilityCategory.Mental => "精神",
        _ => "多重",
    };
}
