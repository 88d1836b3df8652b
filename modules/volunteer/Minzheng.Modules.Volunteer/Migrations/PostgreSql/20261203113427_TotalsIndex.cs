using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Volunteer.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_service_records_VolunteerId_Status_Kind",
                table: "service_records",
                columns: new[] { "VolunteerId", "Status", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_records_VolunteerId_Status_Kind",
                table: "service_records");
        }
    }
}
