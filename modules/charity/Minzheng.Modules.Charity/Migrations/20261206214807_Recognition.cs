using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Charity.Migrations
{
    /// <inheritdoc />
    public partial class Recognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recognitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    NewRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CharitablePurpose = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastYearSpending = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    LastYearCharitableSpending = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    LastYearManagementCosts = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recognition_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recognition_steps_recognitions_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "recognitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recognition_steps_ApplicationId",
                table: "recognition_steps",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_OrganisationId",
                table: "recognitions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_Status_DueOn",
                table: "recognitions",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recognition_steps");

            migrationBuilder.DropTable(
                name: "recognitions");
        }
    }
}
