using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging.Inbox;
using Motorsport.Messaging.Outbox;

namespace Motorsport.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>Maps the outbox and inbox tables into a service's own database, next to the data they guard.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            // Fixed snake_case names: the relay's row-locking query is raw SQL.
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.MessageId);
            outbox.Property(m => m.MessageId).HasColumnName("message_id").ValueGeneratedNever();
            outbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnName("payload");
            outbox.Property(m => m.CreatedAtUtc).HasColumnName("created_at_utc");
            outbox.Property(m => m.PublishedAtUtc).HasColumnName("published_at_utc");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            // traceparent has a fixed length of 55; tracestate is at most 32 entries, which W3C asks to keep within 512 characters.
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(512);
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(OutboxMessage.LastErrorLength);
            outbox.Property(m => m.ParkedAtUtc).HasColumnName("parked_at_utc");
            outbox.HasIndex(m => new { m.PublishedAtUtc, m.CreatedAtUtc }).HasDatabaseName("ix_outbox_messages_unpublished");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Endpoint });
            inbox.Property(m => m.MessageId).HasColumnName("message_id").ValueGeneratedNever();
            inbox.Property(m => m.Endpoint).HasColumnName("endpoint").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAtUtc).HasColumnName("processed_at_utc");
            inbox.HasIndex(m => m.ProcessedAtUtc).HasDatabaseName("ix_inbox_messages_processed");
        });

        return modelBuilder;
    }
}
