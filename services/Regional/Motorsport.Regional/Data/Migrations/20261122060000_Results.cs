using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Scoring settings, sessions with their classifications, and standings versions. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122060000_Results")]
public sealed class Results : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "series_scoring",
            columns: table => new
            {
                SeriesId = table.Column<Guid>(nullable: false),
                Settings = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_series_scoring", x => x.SeriesId);
                table.ForeignKey("FK_series_scoring_series_SeriesId", x => x.SeriesId, "series", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "race_sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 40, nullable: false),
                SessionType = table.Column<string>(maxLength: 40, nullable: false),
                Position = table.Column<int>(nullable: false),
                ScheduledLaps = table.Column<int>(nullable: true),
                LessThanHalfDistance = table.Column<bool>(nullable: true),
                Status = table.Column<string>(maxLength: 12, nullable: false),
                CorrectionReason = table.Column<string>(maxLength: 500, nullable: true),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_race_sessions", x => x.Id);
                table.ForeignKey("FK_race_sessions_events_EventId", x => x.EventId, "events", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_race_sessions_EventId_Name", table: "race_sessions", columns: ["EventId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "session_results",
            columns: table => new
            {
                SessionId = table.Column<Guid>(nullable: false),
                CarNumber = table.Column<int>(nullable: false),
                EntryId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                LicenceId = table.Column<Guid>(nullable: true),
                Class = table.Column<string>(maxLength: 20, nullable: false),
                DriverIds = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 14, nullable: false),
                Position = table.Column<int>(nullable: true),
                Laps = table.Column<int>(nullable: true),
                Pole = table.Column<bool>(nullable: false),
                FastestLap = table.Column<bool>(nullable: false),
                Guest = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_session_results", x => new { x.SessionId, x.CarNumber });
                table.ForeignKey("FK_session_results_race_sessions_SessionId", x => x.SessionId, "race_sessions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_session_results_entries_EntryId", x => x.EntryId, "entries", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_session_results_EntryId", table: "session_results", column: "EntryId");

        migrationBuilder.CreateTable(
            name: "season_standings",
            columns: table => new
            {
                SeasonId = table.Column<Guid>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_season_standings", x => x.SeasonId);
                table.ForeignKey("FK_season_standings_seasons_SeasonId", x => x.SeasonId, "seasons", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}
