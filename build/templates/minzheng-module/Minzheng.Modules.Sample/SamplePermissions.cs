namespace Minzheng.Modules.Sample;

// TEMPORARY until kit-perm lands: the SDK targets generate this class from module.json; delete this file then.
/// <summary>The permissions module.json declares.</summary>
public static partial class SamplePermissions
{
    /// <summary>查看.</summary>
    public const string Read = "sample.read";

    /// <summary>受理.</summary>
    public const string Accept = "sample.accept";

    /// <summary>办结.</summary>
    public const string Close = "sample.close";

    /// <summary>Every permission.</summary>
    public static IReadOnlyList<string> All { get; } = [Read, Accept, Close];
}
