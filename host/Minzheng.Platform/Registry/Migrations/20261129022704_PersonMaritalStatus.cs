using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Platform.Registry.Migrations
{
    /// <inheritdoc />
    public partial class PersonMaritalStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaritalStatus",
                table: "persons",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                // Residents registered before the column existed: nothing recorded (未登记), by its stored name.
                defaultValue: "Unknown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaritalStatus",
                table: "persons");
        }
    }
}
