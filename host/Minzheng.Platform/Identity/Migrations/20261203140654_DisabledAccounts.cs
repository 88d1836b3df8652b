using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Identity.Migrations
{
    /// <inheritdoc />
    public partial class DisabledAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            // Until now an administrator's lock was a lockout a hundred years long: those accounts become disabled, so that
            // their tokens stay stopped now that a lockout no longer stops tokens.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "DisabledAt" = strftime('%Y-%m-%d %H:%M:%S+00:00', 'now') WHERE "LockoutEnd" > '2100-01-01';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "AspNetUsers");
        }
    }
}
