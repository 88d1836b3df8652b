namespace Minzheng.Platform.Identity;

/// <summary>
/// A bearer token for REST clients. Only its SHA-256 hash is stored: the token itself is shown once,
/// when issued. Revoking sets <see cref="RevokedAt"/>; the next request with it fails.
/// </summary>
public sealed class ApiToken
{
    /// <summary>Token id.</summary>
    public Guid Id { get; set; }

    /// <summary>Owner account.</summary>
    public string UserId { get; set; } = "";

    /// <summary>What the owner calls it (e.g. 银行对账脚本).</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>First characters of the token, so owners can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Issued at.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Stops working at.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Revoked at; null while valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
