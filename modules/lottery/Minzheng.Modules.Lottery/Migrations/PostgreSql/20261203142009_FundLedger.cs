using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.Lottery.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Edition = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Figures = table.Column<string>(type: "text", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DrawDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReversesId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReversedKind = table.Column<int>(type: "integer", nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StaffName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_project_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_project_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "socialorg_listed",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    List = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cause = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorg_listed", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "socialorg_penalised",
                columns: table => new
                {
                    PenaltyId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
