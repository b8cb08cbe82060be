using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>
/// Series and seasons, teams with licences and staff, drivers, cars, office engineers, events and entries. Written by hand;
/// MigrationsTests hold it equal to the model.
/// </summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122010000_RegionalOperations")]
public sealed class RegionalOperations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "series",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                RequireCertifiedCrew = table.Column<bool>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_series", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_series_Code", table: "series", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "series_classes",
            columns: table => new
            {
                SeriesId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 60, nullable: false),
                MaxDriverAge = table.Column<int>(nullable: true),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_series_classes", x => new { x.SeriesId, x.Code });
                table.ForeignKey("FK_series_classes_series_SeriesId", x => x.SeriesId, "series", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "seasons",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SeriesId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_seasons", x => x.Id);
                table.ForeignKey("FK_seasons_series_SeriesId", x => x.SeriesId, "series", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_seasons_SeriesId_Year", table: "seasons", columns: ["SeriesId", "Year"], unique: true);

        migrationBuilder.CreateTable(
            name: "teams",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_teams", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_teams_Name", table: "teams", column: "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "entrant_licences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                SeriesId = table.Column<Guid>(nullable: false),
                SeasonId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 40, nullable: false),
                CarsAllowed = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_entrant_licences", x => x.Id);
                table.ForeignKey("FK_entrant_licences_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_entrant_licences_series_SeriesId", x => x.SeriesId, "series", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_entrant_licences_seasons_SeasonId", x => x.SeasonId, "seasons", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_entrant_licences_SeasonId_Number", table: "entrant_licences", columns: ["SeasonId", "Number"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_entrant_licences_SeriesId", table: "entrant_licences", column: "SeriesId");
        migrationBuilder.CreateIndex(name: "IX_entrant_licences_TeamId", table: "entrant_licences", column: "TeamId");

        migrationBuilder.CreateTable(
            name: "team_staff",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_team_staff", x => x.Id);
                table.ForeignKey("FK_team_staff_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_team_staff_TeamId", table: "team_staff", column: "TeamId");

        migrationBuilder.CreateTable(
            name: "drivers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FirstName = table.Column<string>(maxLength: 60, nullable: false),
                LastName = table.Column<string>(maxLength: 60, nullable: false),
                Nationality = table.Column<string>(maxLength: 2, nullable: false),
                DateOfBirth = table.Column<DateOnly>(nullable: false),
                FiaGrade = table.Column<string>(maxLength: 10, nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_drivers", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_drivers_LastName_FirstName", table: "drivers", columns: ["LastName", "FirstName"]);

        migrationBuilder.CreateTable(
            name: "cars",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChassisNumber = table.Column<string>(maxLength: 40, nullable: false),
                CarModelId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_cars", x => x.Id);
                table.ForeignKey("FK_cars_catalog_car_models_CarModelId", x => x.CarModelId, "catalog_car_models", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_cars_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_cars_CarModelId", table: "cars", column: "CarModelId");
        migrationBuilder.CreateIndex(name: "IX_cars_ChassisNumber", table: "cars", column: "ChassisNumber", unique: true);
        migrationBuilder.CreateIndex(name: "IX_cars_TeamId", table: "cars", column: "TeamId");

        migrationBuilder.CreateTable(
            name: "engineers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Email = table.Column<string>(maxLength: 200, nullable: true),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_engineers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "events",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SeriesId = table.Column<Guid>(nullable: false),
                SeasonId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Circuit = table.Column<string>(maxLength: 120, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_events", x => x.Id);
                table.ForeignKey("FK_events_series_SeriesId", x => x.SeriesId, "series", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_events_seasons_SeasonId", x => x.SeasonId, "seasons", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_events_SeasonId_StartDate", table: "events", columns: ["SeasonId", "StartDate"]);
        migrationBuilder.CreateIndex(name: "IX_events_SeriesId", table: "events", column: "SeriesId");
        migrationBuilder.CreateIndex(name: "IX_events_StartDate", table: "events", column: "StartDate");

        migrationBuilder.CreateTable(
            name: "event_engineers",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                EngineerId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_event_engineers", x => new { x.EventId, x.Role, x.EngineerId });
                table.ForeignKey("FK_event_engineers_events_EventId", x => x.EventId, "events", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_event_engineers_engineers_EngineerId", x => x.EngineerId, "engineers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_event_engineers_EngineerId", table: "event_engineers", column: "EngineerId");

        migrationBuilder.CreateTable(
            name: "entries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                CarId = table.Column<Guid>(nullable: false),
                CarModelCode = table.Column<string>(maxLength: 40, nullable: false),
                CarNumber = table.Column<int>(nullable: false),
                ActiveCarNumber = table.Column<int>(nullable: true),
                Class = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                WithdrawnAtUtc = table.Column<DateTime>(nullable: true),
                WithdrawalReason = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_entries", x => x.Id);
                table.ForeignKey("FK_entries_events_EventId", x => x.EventId, "events", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_entries_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_entries_cars_CarId", x => x.CarId, "cars", "Id", onDelete: ReferentialAction.Restrict);
            });
        // Unique among standing entries only: withdrawn entries have a NULL ActiveCarNumber, and NULLs never collide.
        migrationBuilder.CreateIndex(name: "IX_entries_EventId_ActiveCarNumber", table: "entries", columns: ["EventId", "ActiveCarNumber"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_entries_TeamId_EventId", table: "entries", columns: ["TeamId", "EventId"]);
        migrationBuilder.CreateIndex(name: "IX_entries_CarId", table: "entries", column: "CarId");

        migrationBuilder.CreateTable(
            name: "entry_drivers",
            columns: table => new
            {
                EntryId = table.Column<Guid>(nullable: false),
                DriverId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_entry_drivers", x => new { x.EntryId, x.DriverId });
                table.ForeignKey("FK_entry_drivers_entries_EntryId", x => x.EntryId, "entries", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_entry_drivers_drivers_DriverId", x => x.DriverId, "drivers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_entry_drivers_DriverId", table: "entry_drivers", column: "DriverId");
    }
}
