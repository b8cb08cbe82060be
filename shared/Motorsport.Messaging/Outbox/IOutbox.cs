namespace Motorsport.Messaging.Outbox;

/// <summary>
/// Stages a message in the service's database. It is published only if the caller's
/// <c>SaveChanges</c> commits, so a change and its announcement cannot diverge.
/// </summary>
public interface IOutbox
{
    void Publish<TMessage>(TMessage message) where TMessage : class;
}
