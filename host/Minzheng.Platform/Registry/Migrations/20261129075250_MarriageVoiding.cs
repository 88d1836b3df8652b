using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Registry.Migrations
{
    /// <inheritdoc />
    public partial class MarriageVoiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaritalStatusCertificate",
                table: "persons",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousMaritalStatus",
                table: "persons",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreviousMaritalStatusSince",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "voided_marriages",
                columns: table => new
                {
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voided_marriages", x => x.CertificateNumber);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "voided_marriages");

            migrationBuilder.DropColumn(
                name: "MaritalStatusCertificate",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "PreviousMaritalStatus",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "PreviousMaritalStatusSince",
                table: "persons");
        }
    }
}
