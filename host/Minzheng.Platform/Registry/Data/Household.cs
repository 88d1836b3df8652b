using Minzheng.Platform.Registry.Households;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Registry.Data;

/// <summary>A household (户): a head and the members registered with them.</summary>
internal sealed class Household : ILocatedInDivision
{
    public Guid Id { get; set; }

    /// <summary>The head's village, kept in step with the head so that scope applies to the household.</summary>
    public string DivisionCode { get; set; } = "";

    public const int MaxNumberLength = 40;

    /// <summary>
    /// 户号 as import files name the household; unique when given. It lets a second import of the
    /// same file find the household the first one created instead of creating another.
    /// </summary>
    public string? Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<HouseholdMember> Members { get; set; } = [];
}

/// <summary>A person's place in a household.</summary>
internal sealed class HouseholdMember
{
    public Guid HouseholdId { get; set; }

    /// <summary>Unique: a person belongs to at most one household, and the database holds to it.</summary>
    public Guid PersonId { get; set; }

    public HouseholdRelation Relation { get; set; }

    public Person? Person { get; set; }
}
