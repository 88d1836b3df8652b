using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Households;

/// <summary>Who may head a household, join one or leave it.</summary>
internal static class HouseholdRules
{
    /// <summary>Why this resident cannot head a new household (a conflict), or null.</summary>
    public static string? CheckHead(ResidentStatus status, bool alreadyInAHousehold)
    {
        if (status != ResidentStatus.Alive)
        {
            return $"该居民已登记为{Choices.Status[status]}，不能立为户主";
        }
        return alreadyInAHousehold ? "该居民已在另一户中，请先从原户移出" : null;
    }

    /// <summary>
    /// Checks a new member. Input errors go to <paramref name="errors"/> (field <c>relation</c>); a
    /// conflict with the household or the person's state is returned.
    /// </summary>
    public static string? CheckNewMember(
        string? relationInput, ResidentStatus status, bool alreadyInAHousehold,
        IReadOnlyCollection<HouseholdRelation> currentRelations, FieldErrors errors, out HouseholdRelation relation)
    {
        if (!Choices.TryParse(relationInput, Choices.Relation, out relation))
        {
            errors.Add("relation", $"请选择与户主关系（{Choices.List(Choices.Relation)}）");
        }
        else if (relation == HouseholdRelation.Head)
        {
            errors.Add("relation", "一户只有一名户主，户主在建户时确定");
        }
        else if (relation == HouseholdRelation.Spouse && currentRelations.Contains(HouseholdRelation.Spouse))
        {
            errors.Add("relation", "本户已登记户主的配偶");
        }
        if (errors.HasErrors)
        {
            return null;
        }
        if (status != ResidentStatus.Alive)
        {
            return $"该居民已登记为{Choices.Status[status]}，不能加入户";
        }
        return alreadyInAHousehold ? "该居民已在另一户中，请先从原户移出" : null;
    }

    /// <summary>Why this member cannot be removed (a conflict), or null.</summary>
    public static string? CheckRemoval(HouseholdRelation relation) =>
        relation == HouseholdRelation.Head ? "不能移出户主；户中只剩户主时可以撤销该户" : null;

    /// <summary>Why the household cannot be dissolved (a conflict), or null.</summary>
    public static string? CheckDissolution(int memberCount) =>
        memberCount > 1 ? "户中还有其他成员，请先移出后再撤销该户" : null;
}
