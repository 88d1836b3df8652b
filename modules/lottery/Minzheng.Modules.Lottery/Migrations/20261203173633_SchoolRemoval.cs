using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Lottery.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RemovalReason",
                table: "schools",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovedBy",
                table: "schools",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemovedOn",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "schools",
                type: "INTEGER",
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
