namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// The RFC 9457 <c>type</c> of the problems a client acts on by kind rather than by reading the message:
/// one URI per kind, the same from the platform and every module.
/// </summary>
public static class ProblemTypes
{
    /// <summary>404: the module is not enabled in the caller's district.</summary>
    public const string ModuleNotEnabled = "https://minzheng.local/problems/module-not-enabled";

    /// <summary>409: the record was changed by someone else since the caller read it; read it again, then retry.</summary>
    public const string StaleVersion = "https://minzheng.local/problems/stale-version";

    /// <summary>503: the database cannot be reached; nothing was saved, send the same request again after <c>Retry-After</c>.</summary>
    public const string DatabaseUnavailable = "https://minzheng.local/problems/database-unavailable";

    /// <summary>A client called public endpoints too often (429; since SDK 2.2.0).</summary>
    public const string TooManyRequests = "https://minzheng.local/problems/too-many-requests";
}
