using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Registry.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ImportClaimsAndMaritalHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaritalStatusCertificate",
                table: "persons",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MaritalStatusSince",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousMaritalStatus",
                table: "persons",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreviousMaritalStatusSince",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                table: "imports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "imports",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "voided_marriages",
                columns: table => new
                {
                    CertificateNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                name: "MaritalStatusSince",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "PreviousMaritalStatus",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "PreviousMaritalStatusSince",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "imports");
        }
    }
}
