using Microsoft.EntityFrameworkCore.Migrations;
using Minzheng.Sdk.Data;

#nullable disable

namespace Minzheng.Modules.Disability.Migrations.PostgreSql
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
            migrationBuilder.ConvertBinaryToUtcInstants("application_steps", "At");
            migrationBuilder.ConvertBinaryToUtcInstants("rosters", "GeneratedAt", "ApprovedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("overpayments", "FlaggedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ConvertUtcInstantsToBinary("application_steps", "At");
            migrationBuilder.ConvertUtcInstantsToBinary("rosters", "GeneratedAt", "ApprovedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("overpayments", "FlaggedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
        }
    }
}
