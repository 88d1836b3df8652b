using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Volunteer.Migrations
{
    /// <inheritdoc />
    public partial class Organisers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganiserId",
                table: "activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organisers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PersonInCharge = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_OrganiserId",
                table: "activities",
                column: "OrganiserId");

            migrationBuilder.CreateIndex(
                name: "IX_organisers_Name",
                table: "organisers",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisers");

            migrationBuilder.DropIndex(
                name: "IX_activities_OrganiserId",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "OrganiserId",
                table: "activities");
        }
    }
}
