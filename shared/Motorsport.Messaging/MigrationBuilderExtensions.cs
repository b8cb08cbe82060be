using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Messaging;

public static class MigrationBuilderExtensions
{
    /// <summary>The schema of <see cref="ModelBuilderExtensions.AddMessagingTables"/>, for each service's initial migration.</summary>
    public static void CreateMessagingTables(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                message_id = table.Column<Guid>(nullable: false),
                message_type = table.Column<string>(maxLength: 300, nullable: false),
                payload = table.Column<string>(nullable: false),
                created_at_utc = table.Column<DateTime>(nullable: false),
                published_at_utc = table.Column<DateTime>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                last_error = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_outbox_messages", x => x.message_id));
        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_unpublished", table: "outbox_messages", columns: ["published_at_utc", "created_at_utc"]);

        migrationBuilder.CreateTable(
            name: "inbox_messages",
            columns: table => new
            {
                message_id = table.Column<Guid>(nullable: false),
                endpoint = table.Column<string>(maxLength: 200, nullable: false),
                processed_at_utc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.endpoint }));
    }

    /// <summary>The index <see cref="Retention.MessageRetention"/> deletes by; added after the initial migrations.</summary>
    public static void IndexInboxByProcessedTime(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "ix_inbox_messages_processed", table: "inbox_messages", column: "processed_at_utc");

    /// <summary>The column that parks an unreadable outbox row (<see cref="Outbox.OutboxMessage.ParkedAtUtc"/>); added after the initial migrations.</summary>
    public static void AddOutboxParking(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>(name: "parked_at_utc", table: "outbox_messages", nullable: true);
}
