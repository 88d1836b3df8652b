using Minzheng.Platform.Registry.Households;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Common;

/// <summary>
/// The registry's closed vocabularies with the Chinese words staff and import files use. Requests
/// may name a value either way (<c>Rural</c> or <c>农村</c>); responses use the code name.
/// </summary>
internal static class Choices
{
    public static readonly IReadOnlyDictionary<HukouType, string> Hukou = new Dictionary<HukouType, string>
    {
        [HukouType.Urban] = "城镇",
        [HukouType.Rural] = "农村",
    };

    public static readonly IReadOnlyDictionary<ResidentStatus, string> Status = new Dictionary<ResidentStatus, string>
    {
        [ResidentStatus.Alive] = "在册",
        [ResidentStatus.Deceased] = "死亡",
        [ResidentStatus.MovedOut] = "迁出",
    };

    public static readonly IReadOnlyDictionary<MaritalStatus, string> Marital = new Dictionary<MaritalStatus, string>
    {
        [MaritalStatus.Unknown] = "未登记",
        [MaritalStatus.Unmarried] = "未婚",
        [MaritalStatus.Married] = "已婚",
        [MaritalStatus.Divorced] = "离婚",
        [MaritalStatus.Widowed] = "丧偶",
    };

    public static readonly IReadOnlyDictionary<DisabilityCategory, string> Disability = new Dictionary<DisabilityCategory, string>
    {
        [DisabilityCategory.Visual] = "视力",
        [DisabilityCategory.Hearing] = "听力",
        [DisabilityCategory.Speech] = "言语",
        [DisabilityCategory.Physical] = "肢体",
        [DisabilityCategory.Intellectual] = "智力",
        [DisabilityCategory.Mental] = "精神",
        [DisabilityCategory.Multiple] = "多重",
    };

    public static readonly IReadOnlyDictionary<WelfareKind, string> Welfare = new Dictionary<WelfareKind, string>
    {
        [WelfareKind.MinimumLivingAllowance] = "低保",
        [WelfareKind.DestitutePersonSupport] = "特困",
        [WelfareKind.NearMinimumLivingAllowance] = "低保边缘",
    };

    public static readonly IReadOnlyDictionary<HouseholdRelation, string> Relation = new Dictionary<HouseholdRelation, string>
    {
        [HouseholdRelation.Head] = "户主",
        [HouseholdRelation.Spouse] = "配偶",
        [HouseholdRelation.Child] = "子女",
        [HouseholdRelation.Parent] = "父母",
        [HouseholdRelation.Grandchild] = "孙子女",
        [HouseholdRelation.Grandparent] = "祖父母",
        [HouseholdRelation.Sibling] = "兄弟姐妹",
        [HouseholdRelation.Other] = "其他",
    };

    /// <summary>
    /// Reads a value given by its code name (any case) or its Chinese word. Numbers are refused:
    /// <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would accept "7" for any enum.
    /// </summary>
    public static bool TryParse<TEnum>(string? input, IReadOnlyDictionary<TEnum, string> words, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        foreach (var (candidate, word) in words)
        {
            if (word == text || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>The Chinese words, joined for a message listing what is allowed.</summary>
    public static string List<TEnum>(IReadOnlyDictionary<TEnum, string> words) where TEnum : struct, Enum =>
        string.Join("、", words.Values);
}
