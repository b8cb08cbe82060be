using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motorsport.Regional.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "TotalTime",
                table: "session_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "race_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Penalty = table.Column<TimeSpan>(type: "TEXT", nullable: true),
                    Positions = table.Column<int>(type: "INTEGER", nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", nullable: true),
                    DriverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokesDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
