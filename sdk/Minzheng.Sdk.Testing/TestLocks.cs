using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Makes concurrent writers meet on purpose. Requests sent "at the same time" from a test rarely
/// overlap where it matters; holding the table they write lets them all arrive and queue first.
/// </summary>
public static class TestLocks
{
    /// <summary>
    /// Holds writes to <paramref name="table"/> on <paramref name="connection"/> (open, e.g. from
    /// <see cref="ModuleTestHost.OpenDatabaseAsync"/>) until the returned handle is disposed. On SQLite the
    /// whole database file is held (its one write lock); on PostgreSQL the table (reads still pass).
    /// </summary>
    /// <returns>The holding transaction: dispose it to let the writers go (nothing it did is kept).</returns>
    public static async Task<IAsyncDisposable> HoldWritesAsync(DbConnection connection, string table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = connection is SqliteConnection
            ? """CREATE TABLE "minzheng_test_hold" ("x" INTEGER)"""   // any write takes the file's write lock
            : $"""LOCK TABLE "{table.Replace("\"", "\"\"")}" IN EXCLUSIVE MODE""";
        await command.ExecuteNonQueryAsync();
        return transaction;
    }
}
