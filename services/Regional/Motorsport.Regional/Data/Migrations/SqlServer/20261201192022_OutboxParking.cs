using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Regional.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxParking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "parked_at_utc",
                table: "outbox_messages",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "parked_at_utc",
                table: "outbox_messages");
        }
    }
}
