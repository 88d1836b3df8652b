using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Lottery.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SchoolRemoval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "schools",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RemovalReason",
                table: "schools",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovedBy",
                table: "schools",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemovedOn",
                table: "schools",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "schools",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Address",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "RemovalReason",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "RemovedBy",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "RemovedOn",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "schools");
        }
    }
}
