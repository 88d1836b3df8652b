using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Lottery.Migrations
{
    /// <inheritdoc />
    public partial class FundLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fund_account",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversedKind = table.Column<int>(type: "INTEGER", nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_project_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_project_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "socialorg_listed",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorg_listed", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "socialorg_penalised",
                columns: table => new
                {
                    PenaltyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorg_penalised", x => x.PenaltyId);
                });

            migrationBuilder.InsertData(
                table: "fund_account",
                columns: new[] { "Id", "Balance", "Version" },
                values: new object[] { 1, 0L, 1 });

            migrationBuilder.CreateIndex(
                name: "IX_fund_disclosures_Year_Edition",
                table: "fund_disclosures",
                columns: new[] { "Year", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_movements_ProjectId",
                table: "fund_movements",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_movements_ReversesId",
                table: "fund_movements",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_movements_Year_Kind",
                table: "fund_movements",
                columns: new[] { "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_fund_project_evidence_ProjectId",
                table: "fund_project_evidence",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_projects_Year_DivisionCode",
                table: "fund_projects",
                columns: new[] { "Year", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorg_listed_CreditCode",
                table: "socialorg_listed",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_socialorg_penalised_CreditCode",
                table: "socialorg_penalised",
                column: "CreditCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fund_account");

            migrationBuilder.DropTable(
                name: "fund_disclosures");

            migrationBuilder.DropTable(
                name: "fund_movements");

            migrationBuilder.DropTable(
                name: "fund_project_evidence");

            migrationBuilder.DropTable(
                name: "fund_projects");

            migrationBuilder.DropTable(
                name: "socialorg_listed");

            migrationBuilder.DropTable(
                name: "socialorg_penalised");
        }
    }
}
