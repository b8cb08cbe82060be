using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Revoked certificates: the day and the reason. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122080000_CertificateRevocation")]
public sealed class CertificateRevocation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(name: "RevokedOn", table: "certificates", nullable: true);
        migrationBuilder.AddColumn<string>(name: "RevocationReason", table: "certificates", maxLength: 300, nullable: true);
    }
}
