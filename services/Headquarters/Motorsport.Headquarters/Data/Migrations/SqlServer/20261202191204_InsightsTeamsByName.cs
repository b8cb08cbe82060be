using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Headquarters.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InsightsTeamsByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "insights_teams",
                type: "nvarchar(450)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)");

            migrationBuilder.CreateIndex(
                name: "IX_insights_teams_Region_Name",
                table: "insights_teams",
                columns: new[] { "Region", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_insights_teams_Region_Name",
                table: "insights_teams");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "insights_teams",
                type: "nvarchar(max)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(450)");
        }
    }
}
