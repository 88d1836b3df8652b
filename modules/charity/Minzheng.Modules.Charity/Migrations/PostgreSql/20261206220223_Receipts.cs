using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Charity.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Receipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "receipt_stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstNumber = table.Column<long>(type: "bigint", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false),
                    NumberWidth = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipt_stock", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StockId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    NumberText = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DonationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Item = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    Quantity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    AmountInWords = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    HandlerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CheckCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReissuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReissueReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PrintCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_receipt_stock_Code_FirstNumber",
                table: "receipt_stock",
                columns: new[] { "Code", "FirstNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receipt_stock_OrganisationId_ReceivedOn",
                table: "receipt_stock",
                columns: new[] { "OrganisationId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_receipts_Code_Number",
                table: "receipts",
                columns: new[] { "Code", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receipts_DonationId",
                table: "receipts",
                column: "DonationId",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_receipts_OrganisationId_Code_Number",
                table: "receipts",
                columns: new[] { "OrganisationId", "Code", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_receipts_StockId_Number",
                table: "receipts",
                columns: new[] { "StockId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "receipt_stock");

            migrationBuilder.DropTable(
                name: "receipts");
        }
    }
}
