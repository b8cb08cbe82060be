using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Messaging;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Catalogue replica plus the outbox and inbox. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "catalog_car_models",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Category = table.Column<string>(maxLength: 10, nullable: false),
                Generation = table.Column<string>(maxLength: 40, nullable: false),
                ModelYear = table.Column<int>(nullable: false),
                Engine = table.Column<string>(maxLength: 120, nullable: false),
                PowerKw = table.Column<int>(nullable: false),
                HomologationValidUntil = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                Version = table.Column<long>(nullable: false),
                ChangedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_catalog_car_models", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_catalog_car_models_Code", table: "catalog_car_models", column: "Code");

        migrationBuilder.CreateMessagingTables();
    }
}
