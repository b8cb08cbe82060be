using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Headquarters.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightsTeamsByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
