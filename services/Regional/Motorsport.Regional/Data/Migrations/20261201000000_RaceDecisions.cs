using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>
/// Race control's decisions on a session, and the two facts of a result they need: the car's total time and whether it
/// was classified not running. Written by hand; MigrationsTests hold it equal to the model.
/// </summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261201000000_RaceDecisions")]
public sealed class RaceDecisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "NotRunning", table: "session_results", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<TimeSpan>(name: "TotalTime", table: "session_results", nullable: true);

        migrationBuilder.CreateTable(
            name: "race_decisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                CarNumber = table.Column<int>(nullable: true),
                Penalty = table.Column<TimeSpan>(nullable: true),
                Positions = table.Column<int>(nullable: true),
                Points = table.Column<decimal>(nullable: true),
                DriverId = table.Column<Guid>(nullable: true),
                TeamId = table.Column<Guid>(nullable: true),
                RevokesDecisionId = table.Column<Guid>(nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                DecidedBy = table.Column<string>(maxLength: 200, nullable: false),
                DecidedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_race_decisions", x => x.Id);
                table.ForeignKey("FK_race_decisions_race_sessions_SessionId", x => x.SessionId, "race_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_race_decisions_SessionId_Sequence", table: "race_decisions", columns: ["SessionId", "Sequence"], unique: true);
    }
}
