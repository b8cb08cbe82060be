using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Training sessions, enrolments and certificates. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122050000_Training")]
public sealed class Training : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "training_sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CourseId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                Venue = table.Column<string>(maxLength: 120, nullable: false),
                Trainer = table.Column<string>(maxLength: 120, nullable: false),
                Capacity = table.Column<int>(nullable: false),
                SeatsTaken = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_training_sessions", x => x.Id);
                table.ForeignKey("FK_training_sessions_catalog_training_courses_CourseId", x => x.CourseId, "catalog_training_courses", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_training_sessions_CourseId_StartDate", table: "training_sessions", columns: ["CourseId", "StartDate"]);
        migrationBuilder.CreateIndex(name: "IX_training_sessions_StartDate", table: "training_sessions", column: "StartDate");

        migrationBuilder.CreateTable(
            name: "training_enrolments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                StaffMemberId = table.Column<Guid>(nullable: false),
                PersonName = table.Column<string>(maxLength: 120, nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_training_enrolments", x => x.Id);
                table.ForeignKey("FK_training_enrolments_training_sessions_SessionId", x => x.SessionId, "training_sessions", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_training_enrolments_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_training_enrolments_SessionId_StaffMemberId", table: "training_enrolments", columns: ["SessionId", "StaffMemberId"]);
        migrationBuilder.CreateIndex(name: "IX_training_enrolments_TeamId", table: "training_enrolments", column: "TeamId");

        migrationBuilder.CreateTable(
            name: "certificates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EnrolmentId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                StaffMemberId = table.Column<Guid>(nullable: false),
                PersonName = table.Column<string>(maxLength: 120, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                CarModelCode = table.Column<string>(maxLength: 40, nullable: false),
                CourseCode = table.Column<string>(maxLength: 40, nullable: false),
                PassedOn = table.Column<DateOnly>(nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_certificates", x => x.Id);
                table.ForeignKey("FK_certificates_training_enrolments_EnrolmentId", x => x.EnrolmentId, "training_enrolments", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_certificates_teams_TeamId", x => x.TeamId, "teams", "Id", onDelete: ReferentialAction.Restrict);
            });
        // Unique: an enrolment passes once, so it issues at most one certificate.
        migrationBuilder.CreateIndex(name: "IX_certificates_EnrolmentId", table: "certificates", column: "EnrolmentId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_certificates_TeamId_CarModelCode", table: "certificates", columns: ["TeamId", "CarModelCode"]);
    }
}
