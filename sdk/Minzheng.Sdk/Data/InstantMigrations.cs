using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Brings points in time stored in the forms of SDK 1.2 and earlier to the SDK's form (<see cref="InstantConventions"/>),
/// rows included, in a migration of either engine. Needed once, by a module whose migrations were made before 2.0.0:
/// every module has an outbox, written in the binary form.
/// </summary>
/// <remarks>
/// <para>The binary form (<c>DateTimeOffsetToBinaryConverter</c>: the outbox up to 1.2, and any column a module gave that
/// converter) packs the clock time's ticks (to 0.1 ms) with the offset in minutes, so values written with different
/// offsets do not sort in time order. <c>build/ef.sh</c> generates nothing for these columns on SQLite (they stay
/// integers) and, on PostgreSQL, an <c>AlterColumn</c> to <c>timestamptz</c> that the server refuses (there is no cast
/// from <c>bigint</c>): call <see cref="ConvertBinaryToUtcInstants"/> in <c>Up</c> instead of those <c>AlterColumn</c>s,
/// and <see cref="ConvertUtcInstantsToBinary"/> in <c>Down</c>.</para>
/// <para>The text form (a module's own <see cref="DateTimeOffset"/> under 1.1 and 1.2 on SQLite; PostgreSQL already had
/// <c>timestamptz</c>): EF's generated <c>AlterColumn</c> rebuilds the SQLite table and copies the text unchanged, so call
/// <see cref="ConvertTextToUtcInstants"/> after it in <c>Up</c>, and <see cref="ConvertUtcInstantsToText"/> before the
/// reverse one in <c>Down</c>.</para>
/// </remarks>
public static class InstantMigrations
{
    private const long TicksAtUnixEpoch = 621_355_968_000_000_000;
    private const long TicksPerMinute = 600_000_000;

    /// <summary>
    /// Converts <paramref name="columns"/> of <paramref name="table"/> from the binary form to UTC instants: UTC ticks
    /// on SQLite, <c>timestamptz</c> on PostgreSQL. Null stays null.
    /// </summary>
    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="table">Table name as mapped (unqualified: a module's schema is the connection's search path).</param>
    /// <param name="columns">Column names as mapped.</param>
    public static MigrationBuilder ConvertBinaryToUtcInstants(this MigrationBuilder migrationBuilder, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"ALTER TABLE {Quote(table)} " + string.Join(", ", columns.Select(c =>
                $"ALTER COLUMN {Quote(c)} TYPE timestamp with time zone USING TIMESTAMPTZ 'epoch' + (({UtcTicksFromBinary(Quote(c))} - {TicksAtUnixEpoch}) / 10) * INTERVAL '1 microsecond'")) + ";");
        }
        else
        {
            EnsureSqlite(migrationBuilder);
            migrationBuilder.Sql($"UPDATE {Quote(table)} SET " + string.Join(", ", columns.Select(c => $"{Quote(c)} = {UtcTicksFromBinary(Quote(c))}")) + ";");
        }
        return migrationBuilder;
    }

    /// <summary>
    /// The reverse of <see cref="ConvertBinaryToUtcInstants"/> (for <c>Down</c>): UTC instants back to the binary form,
    /// with offset zero and to 0.1 ms.
    /// </summary>
    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="table">Table name as mapped.</param>
    /// <param name="columns">Column names as mapped.</param>
    public static MigrationBuilder ConvertUtcInstantsToBinary(this MigrationBuilder migrationBuilder, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"ALTER TABLE {Quote(table)} " + string.Join(", ", columns.Select(c =>
                $"ALTER COLUMN {Quote(c)} TYPE bigint USING {BinaryFromUtcTicks($"((EXTRACT(EPOCH FROM {Quote(c)}) * 1000000)::bigint * 10 + {TicksAtUnixEpoch})")}")) + ";");
        }
        else
        {
            EnsureSqlite(migrationBuilder);
            migrationBuilder.Sql($"UPDATE {Quote(table)} SET " + string.Join(", ", columns.Select(c => $"{Quote(c)} = {BinaryFromUtcTicks(Quote(c))}")) + ";");
        }
        return migrationBuilder;
    }

    /// <summary>
    /// Converts <paramref name="columns"/> of <paramref name="table"/> from SQLite date-time text (as EF Core writes a
    /// <see cref="DateTimeOffset"/>: <c>yyyy-MM-dd HH:mm:ss.FFFFFFF+HH:MM</c>) to UTC ticks, to the tick; nothing on
    /// PostgreSQL, whose <c>timestamptz</c> is already the SDK's form. Null stays null.
    /// </summary>
    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="table">Table name as mapped.</param>
    /// <param name="columns">Column names as mapped.</param>
    public static MigrationBuilder ConvertTextToUtcInstants(this MigrationBuilder migrationBuilder, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        if (!migrationBuilder.IsNpgsql())
        {
            EnsureSqlite(migrationBuilder);
            // strftime applies the offset (whole seconds); the fraction's digits sit between the seconds and the 6-character offset.
            foreach (var c in columns.Select(Quote))
            {
                migrationBuilder.Sql($"UPDATE {Quote(table)} SET {c} = CAST(strftime('%s', {c}) AS INTEGER) * 10000000 + {TicksAtUnixEpoch}"
                    + $" + (CASE WHEN substr({c}, 20, 1) = '.' THEN CAST(substr(substr({c}, 21, length({c}) - 26) || '000000', 1, 7) AS INTEGER) ELSE 0 END)"
                    + $" WHERE typeof({c}) = 'text';");
            }
        }
        return migrationBuilder;
    }

    /// <summary>The reverse of <see cref="ConvertTextToUtcInstants"/> (for <c>Down</c>): UTC ticks back to EF Core's text, in UTC.</summary>
    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="table">Table name as mapped.</param>
    /// <param name="columns">Column names as mapped.</param>
    public static MigrationBuilder ConvertUtcInstantsToText(this MigrationBuilder migrationBuilder, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        if (!migrationBuilder.IsNpgsql())
        {
            EnsureSqlite(migrationBuilder);
            foreach (var c in columns.Select(Quote))
            {
                migrationBuilder.Sql($"UPDATE {Quote(table)} SET {c} = strftime('%Y-%m-%d %H:%M:%S', ({c} - {TicksAtUnixEpoch}) / 10000000, 'unixepoch')"
                    + $" || (CASE WHEN {c} % 10000000 = 0 THEN '' ELSE '.' || rtrim(printf('%07d', {c} % 10000000), '0') END) || '+00:00'"
                    + $" WHERE typeof({c}) = 'integer';");
            }
        }
        return migrationBuilder;
    }

    // The low 11 bits hold the offset in minutes (two's complement), the rest the clock ticks divided by 1000.
    private static string UtcTicksFromBinary(string value) =>
        $"((({value} >> 11) * 1000) - (CASE WHEN ({value} & 1024) = 0 THEN ({value} & 2047) ELSE ({value} & 2047) - 2048 END) * {TicksPerMinute})";

    private static string BinaryFromUtcTicks(string ticks) => $"(({ticks} / 1000) << 11)";

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void EnsureSqlite(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsSqlite())
        {
            throw new NotSupportedException($"Points in time are converted on SQLite and PostgreSQL only, not on {migrationBuilder.ActiveProvider}.");
        }
    }
}
