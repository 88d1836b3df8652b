namespace Minzheng.Sdk.Registry;

/// <summary>
/// 婚姻状况 as the registry knows it. It follows the marriage module's events (<c>marriage.registered</c>,
/// <c>marriage.divorced</c>, <c>marriage.registration-voided</c>): a resident married or divorced in another office may still read
/// <see cref="Unknown"/> or an older state, so a module that must refuse on it checks its own records too.
/// </summary>
public enum MaritalStatus
{
    /// <summary>未登记: nothing recorded.</summary>
    Unknown = 0,
    /// <summary>未婚.</summary>
    Unmarried = 1,
    /// <summary>已婚 (有配偶).</summary>
    Married = 2,
    /// <summary>离婚.</summary>
    Divorced = 3,
    /// <summary>丧偶.</summary>
    Widowed = 4,
}
