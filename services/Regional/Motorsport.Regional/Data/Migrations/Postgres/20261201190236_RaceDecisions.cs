using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Regional.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RaceDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NotRunning",
                table: "session_results",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "TotalTime",
                table: "session_results",
                type: "interval",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "race_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CarNumber = table.Column<int>(type: "integer", nullable: true),
                    Penalty = table.Column<TimeSpan>(type: "interval", nullable: true),
                    Positions = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<decimal>(type: "numeric", nullable: true),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokesDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_race_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_race_decisions_race_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "race_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_race_decisions_SessionId_Sequence",
                table: "race_decisions",
                columns: new[] { "SessionId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "race_decisions");

            migrationBuilder.DropColumn(
                name: "NotRunning",
                table: "session_results");

            migrationBuilder.DropColumn(
                name: "TotalTime",
                table: "session_results");
        }
    }
}
