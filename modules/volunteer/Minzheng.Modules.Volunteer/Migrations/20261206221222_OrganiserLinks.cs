using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Volunteer.Migrations
{
    /// <inheritdoc />
    public partial class OrganiserLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganiserId",
                table: "teams",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganiserId",
                table: "certificates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_OrganiserId",
                table: "certificates",
                column: "OrganiserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_OrganiserId",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "OrganiserId",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "OrganiserId",
                table: "certificates");
        }
    }
}
