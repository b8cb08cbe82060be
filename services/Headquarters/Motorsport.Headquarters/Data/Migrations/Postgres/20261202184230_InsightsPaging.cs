using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Headquarters.Insights;

#nullable disable

namespace Motorsport.Headquarters.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightsPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_insights_certificates_ExpiresOn",
                table: "insights_certificates");

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "insights_standings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartsAtUtc",
                table: "insights_events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            // The default only lets the column be added to a table with rows; the rows are written again (below) with the value.
            migrationBuilder.AlterColumn<DateTime>(
                name: "StartsAtUtc",
                table: "insights_events",
                type: "timestamp with time zone",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldDefaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.CreateIndex(
                name: "IX_insights_events_StartsAtUtc_Region",
                table: "insights_events",
                columns: new[] { "StartsAtUtc", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_certificates_Region_TeamId_CarModelCode_Role",
                table: "insights_certificates",
                columns: new[] { "Region", "TeamId", "CarModelCode", "Role" });

            migrationBuilder.Reproject("insights_events", "insights_standings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_insights_events_StartsAtUtc_Region",
                table: "insights_events");

            migrationBuilder.DropIndex(
                name: "IX_insights_certificates_Region_TeamId_CarModelCode_Role",
                table: "insights_certificates");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "insights_standings");

            migrationBuilder.DropColumn(
                name: "StartsAtUtc",
                table: "insights_events");

            migrationBuilder.CreateIndex(
                name: "IX_insights_certificates_ExpiresOn",
                table: "insights_certificates",
                column: "ExpiresOn");
        }
    }
}
