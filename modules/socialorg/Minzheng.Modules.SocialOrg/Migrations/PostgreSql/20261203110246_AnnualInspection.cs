using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AnnualInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Income = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    Spending = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    StaffCount = table.Column<int>(type: "integer", nullable: false),
                    PartyOrganisation = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Conclusion = table.Column<int>(type: "integer", nullable: true),
                    ConclusionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    StaffId = table.Column<string>(type: "text", nullable: false),
                    StaffName = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_steps_annual_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "annual_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_inspections_OrganisationId_Year",
                table: "annual_inspections",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_inspections_Year_Status",
                table: "annual_inspections",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_steps_InspectionId",
                table: "inspection_steps",
                column: "InspectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_steps");

            migrationBuilder.DropTable(
                name: "annual_inspections");
        }
    }
}
