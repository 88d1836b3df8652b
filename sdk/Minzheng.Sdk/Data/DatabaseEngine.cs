namespace Minzheng.Sdk.Data;

/// <summary>
/// The database engines the platform stores data in. A deployment uses one: SQLite is the embedded
/// default (one file per district and module), PostgreSQL is for production (a database per district,
/// a schema per module, several host instances on one server).
/// </summary>
/// <remarks>
/// EF Core migrations are engine-specific, so a module ships one migration set per engine: the SQLite
/// set in its <c>Migrations</c> folder and the PostgreSQL set in <c>Migrations/PostgreSql</c> (namespace
/// ending in <c>.PostgreSql</c>). <c>build/ef.sh</c> adds a migration to both sets at once.
/// </remarks>
public enum DatabaseEngine
{
    /// <summary>SQLite files under the data folder (the embedded default).</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql.</summary>
    PostgreSql,
}
