using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Training-course replica of the headquarters catalogue. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122030000_TrainingCatalogReplica")]
public sealed class TrainingCatalogReplica : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "catalog_training_courses",
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
                ChangedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_catalog_training_courses", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_catalog_training_courses_Code", table: "catalog_training_courses", column: "Code");
        migrationBuilder.CreateIndex(name: "IX_catalog_training_courses_CarModelCode", table: "catalog_training_courses", column: "CarModelCode");
    }
}
