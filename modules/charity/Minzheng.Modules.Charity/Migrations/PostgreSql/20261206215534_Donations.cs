using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Charity.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Donations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "donations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DonorKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DonorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DonorIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    DonorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Form = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    GoodsDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GoodsQuantity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Project = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Restricted = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReceiptDeclined = table.Column<bool>(type: "boolean", nullable: false),
                    ReceiptDeclinedNote = table.Column<string>(type: "character varying(700)", maxLength: 700, nullable: true),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_donations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_donations_DivisionCode_ReceivedOn",
                table: "donations",
                columns: new[] { "DivisionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_donations_OrganisationId_ReceivedOn",
                table: "donations",
                columns: new[] { "OrganisationId", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "donations");
        }
    }
}
