using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Volunteer.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UniqueStarLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_star_awards_VolunteerId_Level",
                table: "star_awards");

            migrationBuilder.Sql(global::Minzheng.Modules.Volunteer.Stars.StarMigrations.RevokeDuplicateLevels);

            migrationBuilder.CreateIndex(
                name: "IX_star_awards_VolunteerId_Level",
                table: "star_awards",
                columns: new[] { "VolunteerId", "Level" },
                unique: true,
                filter: "\"Status\" <> 3");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_star_awards_VolunteerId_Level",
                table: "star_awards");

            migrationBuilder.CreateIndex(
                name: "IX_star_awards_VolunteerId_Level",
                table: "star_awards",
                columns: new[] { "VolunteerId", "Level" });
        }
    }
}
