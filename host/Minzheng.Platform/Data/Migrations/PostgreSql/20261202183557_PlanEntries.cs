using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlanId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    SourceText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredById = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
