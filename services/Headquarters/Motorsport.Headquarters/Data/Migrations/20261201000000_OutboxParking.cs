using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Messaging;

namespace Motorsport.Headquarters.Data.Migrations;

/// <summary>Parks outbox rows that cannot be published. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(HeadquartersDbContext))]
[Migration("20261201000000_OutboxParking")]
public sealed class OutboxParking : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddOutboxParking();
}
