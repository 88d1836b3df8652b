using Microsoft.EntityFrameworkCore.Migrations;
using Minzheng.Sdk.Data;

#nullable disable

namespace Minzheng.Platform.Registry.Migrations.PostgreSql
{
    /// <summary>
    /// SDK 1.3: every point in time becomes its UTC instant (UTC ticks on SQLite, timestamptz on PostgreSQL), converted
    /// from EF's binary form row by row: the outbox's, and the columns that set that converter themselves.
    /// </summary>
    public partial class UtcInstants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ConvertBinaryToUtcInstants("persons", "RegisteredAt");
            migrationBuilder.ConvertBinaryToUtcInstants("households", "CreatedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("imports", "CreatedAt", "StartedAt", "FinishedAt", "HeartbeatAt");
            migrationBuilder.ConvertBinaryToUtcInstants("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ConvertUtcInstantsToBinary("persons", "RegisteredAt");
            migrationBuilder.ConvertUtcInstantsToBinary("households", "CreatedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("imports", "CreatedAt", "StartedAt", "FinishedAt", "HeartbeatAt");
            migrationBuilder.ConvertUtcInstantsToBinary("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
        }
    }
}
