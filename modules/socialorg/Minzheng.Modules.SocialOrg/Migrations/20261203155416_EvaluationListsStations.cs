using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationListsStations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "StationId",
                table: "social_workers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evaluation_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Appeal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDecision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealUpheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "list_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "social_work_stations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_work_stations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_rounds_Year",
                table: "evaluation_rounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_OrganisationId_Status",
                table: "evaluations",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_RoundId_OrganisationId",
                table: "evaluations",
                columns: new[] { "RoundId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_list_reminders_Kind_SubjectId",
                table: "list_reminders",
                columns: new[] { "Kind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_list_reminders_ResolvedOn",
                table: "list_reminders",
                column: "ResolvedOn");

            migrationBuilder.CreateIndex(
                name: "IX_social_work_stations_DivisionCode",
                table: "social_work_stations",
                column: "DivisionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_rounds");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "list_reminders");

            migrationBuilder.DropTable(
                name: "social_work_stations");

            migrationBuilder.DropColumn(
                name: "StationId",
                table: "social_workers");
        }
    }
}
