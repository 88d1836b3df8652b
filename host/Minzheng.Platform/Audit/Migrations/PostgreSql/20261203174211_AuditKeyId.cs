using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Audit.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AuditKeyId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "AuditEntries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "AuditEntries");
        }
    }
}
