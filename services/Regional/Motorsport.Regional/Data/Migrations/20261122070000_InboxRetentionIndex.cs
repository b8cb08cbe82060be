using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Messaging;

namespace Motorsport.Regional.Data.Migrations;

/// <summary>Indexes the inbox by processing time, for pruning. Written by hand; MigrationsTests hold it equal to the model.</summary>
[DbContext(typeof(RegionalDbContext))]
[Migration("20261122070000_InboxRetentionIndex")]
public sealed class InboxRetentionIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.IndexInboxByProcessedTime();
}
