using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Modules.SocialOrg.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonInCharge = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationType = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NameApprovalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreparationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Founders = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IndividualMembers = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitMembers = table.Column<int>(type: "INTEGER", nullable: true),
                    Funds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCodeOverride = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LegalRepresentativeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LegalRepresentativeIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SupervisingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeItem = table.Column<int>(type: "INTEGER", nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LegalRepresentativeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SupervisingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActivityFunds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reprints = table.Column<int>(type: "INTEGER", nullable: false),
                    ReprintedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
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
