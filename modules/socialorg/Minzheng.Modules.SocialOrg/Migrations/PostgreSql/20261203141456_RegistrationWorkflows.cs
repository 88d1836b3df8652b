using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegistrationWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "branches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonInCharge = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BusinessScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OrganisationType = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    NameApprovalId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreparationId = table.Column<Guid>(type: "uuid", nullable: true),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Founders = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IndividualMembers = table.Column<int>(type: "integer", nullable: true),
                    UnitMembers = table.Column<int>(type: "integer", nullable: true),
                    Funds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCodeOverride = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LegalRepresentativeName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LegalRepresentativeIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    BusinessScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SupervisingUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChangeItem = table.Column<int>(type: "integer", nullable: true),
                    Before = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    After = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Used = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Documents = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    LegalRepresentativeName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BusinessScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SupervisingUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityFunds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reprints = table.Column<int>(type: "integer", nullable: false),
                    ReprintedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    StaffId = table.Column<string>(type: "text", nullable: false),
                    StaffName = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_steps_registration_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "registration_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_steps_ApplicationId",
                table: "application_steps",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_branches_OrganisationId",
                table: "branches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_Kind_Status",
                table: "registration_applications",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_Name",
                table: "registration_applications",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registration_certificates_Number",
                table: "registration_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_certificates_OrganisationId",
                table: "registration_certificates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_certificates_Sequence",
                table: "registration_certificates",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_steps");

            migrationBuilder.DropTable(
                name: "branches");

            migrationBuilder.DropTable(
                name: "registration_certificates");

            migrationBuilder.DropTable(
                name: "registration_applications");
        }
    }
}
