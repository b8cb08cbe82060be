using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Headquarters.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InsightsProjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_regional_records_Kind",
                table: "regional_records");

            migrationBuilder.CreateTable(
                name: "insights_cars",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarModelCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_cars", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_certificates",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CarModelCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PassedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_certificates", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_enrolments",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_enrolments", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_entries",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarModelCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_entries", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_events",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Circuit = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_events", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_series",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Seasons = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_series", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_standings",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Provisional = table.Column<bool>(type: "bit", nullable: false),
                    Tables = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_standings", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "insights_teams",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insights_teams", x => new { x.Region, x.EntityId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_regional_records_Kind_Region",
                table: "regional_records",
                columns: new[] { "Kind", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_cars_Region_CarModelCode",
                table: "insights_cars",
                columns: new[] { "Region", "CarModelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_cars_Region_TeamId_CarModelCode",
                table: "insights_cars",
                columns: new[] { "Region", "TeamId", "CarModelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_certificates_ExpiresOn",
                table: "insights_certificates",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_insights_enrolments_Region_Status",
                table: "insights_enrolments",
                columns: new[] { "Region", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_entries_Status_Region_CarModelCode",
                table: "insights_entries",
                columns: new[] { "Status", "Region", "CarModelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_events_EndDate",
                table: "insights_events",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_insights_events_Status_EndDate",
                table: "insights_events",
                columns: new[] { "Status", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_insights_standings_Region_SeriesId",
                table: "insights_standings",
                columns: new[] { "Region", "SeriesId" });

            // The projections start empty: forgetting when each region was last heard makes headquarters ask every region
            // to publish its state again at start (ReadModelBootstrap), which fills them.
            migrationBuilder.Sql("DELETE FROM region_freshness;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "insights_cars");

            migrationBuilder.DropTable(
                name: "insights_certificates");

            migrationBuilder.DropTable(
                name: "insights_enrolments");

            migrationBuilder.DropTable(
                name: "insights_entries");

            migrationBuilder.DropTable(
                name: "insights_events");

            migrationBuilder.DropTable(
                name: "insights_series");

            migrationBuilder.DropTable(
                name: "insights_standings");

            migrationBuilder.DropTable(
                name: "insights_teams");

            migrationBuilder.DropIndex(
                name: "IX_regional_records_Kind_Region",
                table: "regional_records");

            migrationBuilder.CreateIndex(
                name: "IX_regional_records_Kind",
                table: "regional_records",
                column: "Kind");
        }
    }
}
