using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Headquarters.Data.Migrations;

/// <summary>Training-course catalogue. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(HeadquartersDbContext))]
[Migration("20261122020000_TrainingCourses")]
public sealed class TrainingCourses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "training_courses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Title = table.Column<string>(maxLength: 160, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                CarModelCode = table.Column<string>(maxLength: 40, nullable: false),
                Location = table.Column<string>(maxLength: 80, nullable: false),
                DurationDays = table.Column<int>(nullable: false),
                Capacity = table.Column<int>(nullable: false),
                CertificateValidityMonths = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_training_courses", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_training_courses_Code", table: "training_courses", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_training_courses_CarModelCode", table: "training_courses", column: "CarModelCode");
    }
}
