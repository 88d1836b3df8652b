using Microsoft.EntityFrameworkCore.Migrations;
using Minzheng.Sdk.Data;

#nullable disable

namespace Minzheng.Modules.Marriage.Migrations
{
    /// <summary>
    /// SDK 1.3: every point in time becomes its UTC instant (UTC ticks on SQLite, timestamptz on PostgreSQL), converted
    /// from EF's binary form row by row (steps written at Beijing midnight now sort with the others); the steps' ById/ByName
    /// become StaffId/StaffName of the SDK's WorkflowStep, values kept.
    /// </summary>
    public partial class UtcInstantsAndWorkflowSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(name: "ById", table: "DivorceStep", newName: "StaffId");
            migrationBuilder.RenameColumn(name: "ByName", table: "DivorceStep", newName: "StaffName");
            migrationBuilder.ConvertBinaryToUtcInstants("Marriages", "DeclarationSignedAt", "RegisteredAt", "VoidedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("DivorceStep", "At");
            migrationBuilder.ConvertBinaryToUtcInstants("Certificates", "VoidedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("Appointments", "BookedAt");
            migrationBuilder.ConvertBinaryToUtcInstants("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ConvertUtcInstantsToBinary("Marriages", "DeclarationSignedAt", "RegisteredAt", "VoidedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("DivorceStep", "At");
            migrationBuilder.ConvertUtcInstantsToBinary("Certificates", "VoidedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("Appointments", "BookedAt");
            migrationBuilder.ConvertUtcInstantsToBinary("__minzheng_outbox", "OccurredAt", "DispatchedAt", "NextAttemptAt");
            migrationBuilder.RenameColumn(name: "StaffId", table: "DivorceStep", newName: "ById");
            migrationBuilder.RenameColumn(name: "StaffName", table: "DivorceStep", newName: "ByName");
        }
    }
}
