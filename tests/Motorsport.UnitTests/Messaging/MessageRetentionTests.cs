using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging;
using Motorsport.Messaging.Inbox;
using Motorsport.Messaging.Outbox;
using Motorsport.Messaging.Retention;

namespace Motorsport.UnitTests.Messaging;

public sealed class MessageRetentionTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    private static readonly MessageRetentionOptions Retention = new() { PublishedOutbox = TimeSpan.FromDays(7), Inbox = TimeSpan.FromDays(3) };

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private MessageTablesContext db = null!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        db = new MessageTablesContext(new DbContextOptionsBuilder<MessageTablesContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Published_outbox_rows_older_than_the_retention_are_removed_and_unpublished_rows_never_are()
    {
        var oldPublished = Outbox(created: Now.AddDays(-10), published: Now.AddDays(-8));
        var recentPublished = Outbox(created: Now.AddDays(-10), published: Now.AddDays(-6));
        var stuckForWeeks = Outbox(created: Now.AddDays(-30), published: null);
        db.AddRange(oldPublished, recentPublished, stuckForWeeks);
        await db.SaveChangesAsync();

        var (outbox, _) = await MessageRetention.PruneAsync(db, Retention, Now, CancellationToken.None);

        outbox.ShouldBe(1);
        (await db.Set<OutboxMessage>().Select(m => m.MessageId).ToListAsync())
            .ShouldBe([recentPublished.MessageId, stuckForWeeks.MessageId], ignoreOrder: true);
    }

    [Fact]
    public async Task Inbox_ids_are_remembered_for_the_retention_and_then_forgotten()
    {
        var forgotten = Inbox(Now.AddDays(-3).AddMinutes(-1));
        var remembered = Inbox(Now.AddDays(-3).AddMinutes(1));
        db.AddRange(forgotten, remembered);
        await db.SaveChangesAsync();

        var (_, inbox) = await MessageRetention.PruneAsync(db, Retention, Now, CancellationToken.None);

        inbox.ShouldBe(1);
        (await db.Set<InboxMessage>().Select(m => m.MessageId).SingleAsync()).ShouldBe(remembered.MessageId);
    }

    private static OutboxMessage Outbox(DateTime created, DateTime? published) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = "Motorsport.Contracts.Catalog.CarModelChanged, Motorsport.Contracts",
        Payload = "{}",
        CreatedAtUtc = created,
        PublishedAtUtc = published,
    };

    private static InboxMessage Inbox(DateTime processed) => new()
    {
        MessageId = Guid.NewGuid(),
        Endpoint = "europe-car-model-changed",
        ProcessedAtUtc = processed,
    };

    private sealed class MessageTablesContext(DbContextOptions<MessageTablesContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
    }
}
