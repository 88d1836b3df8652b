namespace Minzheng.Platform.Registry.Households;

/// <summary>与户主关系: how a member stands to the head of the household.</summary>
public enum HouseholdRelation
{
    /// <summary>户主.</summary>
    Head = 1,
    /// <summary>配偶.</summary>
    Spouse = 2,
    /// <summary>子女.</summary>
    Child = 3,
    /// <summary>父母.</summary>
    Parent = 4,
    /// <summary>孙子女.</summary>
    Grandchild = 5,
    /// <summary>祖父母、外祖父母.</summary>
    Grandparent = 6,
    /// <summary>兄弟姐妹.</summary>
    Sibling = 7,
    /// <summary>其他.</summary>
    Other = 99,
}
