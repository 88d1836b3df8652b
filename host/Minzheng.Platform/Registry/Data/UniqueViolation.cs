using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Minzheng.Platform.Registry.Data;

/// <summary>Recognises a save refused by a unique index: a concurrent request got there first.</summary>
internal static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE: other constraint failures (foreign keys) are bugs, not races.
    private const int SqliteUniqueConstraint = 2067;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUniqueConstraint }
        // PostgreSQL (unique_violation), matched by state so the platform needs no Npgsql reference here.
        || exception.InnerException?.GetType().GetProperty("SqlState")?.GetValue(exception.InnerException) as string == "23505";
}
