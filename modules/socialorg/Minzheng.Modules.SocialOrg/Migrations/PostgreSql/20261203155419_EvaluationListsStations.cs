using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations.PostgreSql
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evaluation_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Scores = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: true),
                    Grade = table.Column<int>(type: "integer", nullable: true),
                    PublicisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Appeal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDecision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppealUpheld = table.Column<bool>(type: "boolean", nullable: true),
                    ConferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "list_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "social_work_stations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
