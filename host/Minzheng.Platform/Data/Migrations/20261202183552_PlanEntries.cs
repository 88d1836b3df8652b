using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ValueAsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnteredById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanEntries_DistrictId_PlanId_RowNumber_ValueAsOf",
                table: "PlanEntries",
                columns: new[] { "DistrictId", "PlanId", "RowNumber", "ValueAsOf" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanEntries");
        }
    }
}
