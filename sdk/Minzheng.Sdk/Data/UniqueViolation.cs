using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Tells a save that lost a race for a unique key (two clerks adding the same thing at once: answer 409,
/// try again) from every other failed save (a bug, or the database gone: let it reach the host's handlers,
/// which answer 500 or 503), on either engine.
/// </summary>
public static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY: other constraint failures (foreign keys) are bugs, not races.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>True when <paramref name="exception"/> was a unique index or primary key refusing a row.</summary>
    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
