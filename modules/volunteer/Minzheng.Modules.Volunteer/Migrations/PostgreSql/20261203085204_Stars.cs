using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Volunteer.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Stars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "StarsBarredUntil",
                table: "volunteers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "star_awards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(9,1)", precision: 9, scale: 1, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublicityEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Falsified = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_star_awards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_star_awards_Status_PublicityEndsOn",
                table: "star_awards",
                columns: new[] { "Status", "PublicityEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_star_awards_VolunteerId_Level",
                table: "star_awards",
                columns: new[] { "VolunteerId", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "star_awards");

            migrationBuilder.DropColumn(
                name: "StarsBarredUntil",
                table: "volunteers");
        }
    }
}
