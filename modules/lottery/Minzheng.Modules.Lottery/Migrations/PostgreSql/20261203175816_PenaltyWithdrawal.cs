using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Lottery.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PenaltyWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "penalties",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "penalties",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "penalties",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawnOn",
                table: "penalties",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "penalties");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "penalties");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "penalties");

            migrationBuilder.DropColumn(
                name: "WithdrawnOn",
                table: "penalties");
        }
    }
}
