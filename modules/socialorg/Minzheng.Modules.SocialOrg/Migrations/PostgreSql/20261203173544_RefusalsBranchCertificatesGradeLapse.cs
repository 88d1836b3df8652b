using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RefusalsBranchCertificatesGradeLapse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BranchId",
                table: "registration_certificates",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNumber",
                table: "registration_applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiredOn",
                table: "evaluations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_certificates_BranchId",
                table: "registration_certificates",
                column: "BranchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registration_certificates_BranchId",
                table: "registration_certificates");

            migrationBuilder.DropColumn(
                name: "BranchId",
                table: "registration_certificates");

            migrationBuilder.DropColumn(
                name: "DecisionNumber",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "ExpiredOn",
                table: "evaluations");
        }
    }
}
