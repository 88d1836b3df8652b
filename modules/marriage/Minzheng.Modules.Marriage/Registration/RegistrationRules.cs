using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Registration;

/// <summary>What the office knows of one party on the registration day.</summary>
/// <param name="IdNumber">The validated ID number.</param>
/// <param name="MarriedHere">A marriage in force in this office's archive.</param>
/// <param name="RegistryStatus">The registry's 婚姻状况 (Unknown when the person is not in it).</param>
public sealed record PartyFacts(IdNumber IdNumber, bool MarriedHere, MaritalStatus RegistryStatus);

/// <summary>
/// Whether a marriage may be registered (民法典 arts. 1042, 1046–1049; 婚姻登记条例 2025). Kinship and
/// voluntariness cannot be checked by a computer: both parties declare them in writing, and the
/// declaration must be recorded.
/// </summary>
public static class RegistrationRules
{
    /// <summary>Minimum age of the man, in full years on the registration day (art. 1047).</summary>
    public const int MinimumAgeMale = 22;

    /// <summary>Minimum age of the woman (art. 1047).</summary>
    public const int MinimumAgeFemale = 20;

    /// <summary>
    /// The reasons to refuse, by request field (<c>partyAIdNumber</c>, <c>partyBIdNumber</c>,
    /// <c>declarationSigned</c>), in Chinese; empty when the marriage may be registered.
    /// </summary>
    public static Dictionary<string, string[]> Refusals(PartyFacts a, PartyFacts b, DateOnly registrationDay, bool declarationSigned)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (a.IdNumber == b.IdNumber)
        {
            Add("partyBIdNumber", "双方身份证号码相同，请核对");
        }
        else if (a.IdNumber.Sex == b.IdNumber.Sex)
        {
            // Art. 1049: 要求结婚的男女双方.
            Add("partyBIdNumber", "结婚登记须由男女双方共同申请");
        }
        foreach (var (party, field) in new[] { (a, "partyAIdNumber"), (b, "partyBIdNumber") })
        {
            if (AgeRefusal(party.IdNumber, registrationDay) is { } age)
            {
                Add(field, age);
            }
            if (party.MarriedHere)
            {
                Add(field, "本登记机关档案显示该当事人有配偶（婚姻关系存续），不予登记");
            }
            else if (party.RegistryStatus == MaritalStatus.Married)
            {
                Add(field, "居民信息库记载该当事人为已婚，不予登记");
            }
        }
        if (!declarationSigned)
        {
            Add("declarationSigned", "须由双方亲自签署《申请结婚登记声明书》（自愿结婚、本人无配偶、无禁止结婚的亲属关系）");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Why a party is too young on <paramref name="day"/>, or null.</summary>
    public static string? AgeRefusal(IdNumber idNumber, DateOnly day)
    {
        var male = idNumber.Sex == Sex.Male;
        var minimum = male ? MinimumAgeMale : MinimumAgeFemale;
        var age = day < idNumber.BirthDate ? 0 : idNumber.AgeOn(day);
        return age >= minimum
            ? null
            : $"{(male ? "男" : "女")}方登记当日未满{minimum}周岁（{age}周岁），不得结婚";
    }
}
