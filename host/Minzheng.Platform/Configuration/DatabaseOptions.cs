using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Configuration;

/// <summary>The <c>Minzheng:Database</c> section: which engine holds the data.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default: files under the data folder) or <c>PostgreSql</c>.</summary>
    public DatabaseEngine Engine { get; set; } = DatabaseEngine.Sqlite;

    /// <summary>
    /// With <c>PostgreSql</c>: an Npgsql connection string (host, port, user, password). Its database
    /// (default <c>minzheng</c>) holds the deployment-wide data; each district gets a database named
    /// <c>&lt;that name&gt;_&lt;district&gt;</c>. The user needs the right to create databases, or a DBA creates
    /// them beforehand. Give the password through the environment (<c>Minzheng__Database__PostgreSql</c>),
    /// never in a file of the repository.
    /// </summary>
    public string? PostgreSql { get; set; }
}
