using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>
/// One live (not cancelled) enrolment per person and session, held by the database so parallel requests cannot both get
/// through. Written by hand; MigrationsTests hold it equal to the model. The filter is SQL both SQLite and PostgreSQL accept.
/// </summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122090000_UniqueEnrolment")]
public sealed class UniqueEnrolment : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_training_enrolments_SessionId_StaffMemberId", table: "training_enrolments");
        migrationBuilder.CreateIndex(
            name: "IX_training_enrolments_SessionId_StaffMemberId", table: "training_enrolments", columns: ["SessionId", "StaffMemberId"], unique: true,
            filter: "\"Status\" <> 'Cancelled'");
    }
}
