namespace Minzheng.Sdk.Registry;

/// <summary>Sex as recorded in the resident ID number (the parity of its 17th digit).</summary>
public enum Sex
{
    /// <summary>男.</summary>
    Male = 1,
    /// <summary>女.</summary>
    Female = 2,
}
