using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Headquarters.Data.Migrations;

/// <summary>The read model of every region's data and each region's freshness.</summary>
[DbContext(typeof(HeadquartersDbContext))]
[Migration("20261122040000_RegionalReadModel")]
public sealed class RegionalReadModel : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "regional_records",
            columns: table => new
            {
                Region = table.Column<string>(maxLength: 40, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                Version = table.Column<long>(nullable: false),
                State = table.Column<string>(nullable: false),
                ChangedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_regional_records", x => new { x.Region, x.Kind, x.EntityId }));
        migrationBuilder.CreateIndex(name: "IX_regional_records_Kind", table: "regional_records", column: "Kind");

        migrationBuilder.CreateTable(
            name: "region_freshness",
            columns: table => new
            {
                Region = table.Column<string>(maxLength: 40, nullable: false),
                LastMessageAtUtc = table.Column<DateTime>(nullable: false),
                LastChangeAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_region_freshness", x => x.Region));
    }
}
