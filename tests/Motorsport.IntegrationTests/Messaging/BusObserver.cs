using System.Collections.Concurrent;
using MassTransit;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Messaging;

/// <summary>
/// A bus of the test's own with a temporary queue bound to the exchanges of the events it watches: it sees what the
/// services publish without taking anything from their queues.
/// </summary>
public sealed class BusObserver : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> received = new();
    private readonly IBusControl bus;

    private BusObserver(string name, Action<Watch> watch) =>
        bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestEnvironment.RabbitMq);
            rabbit.ReceiveEndpoint($"{name}-observer-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                watch(new Watch(endpoint, received));
            });
        });

    /// <param name="watch">Names the event types to watch: <c>w => w.For&lt;TeamChanged&gt;().For&lt;CarChanged&gt;()</c>.</param>
    public static async Task<BusObserver> StartAsync(string name, Action<Watch> watch)
    {
        var observer = new BusObserver(name, watch);
        await observer.bus.StartAsync();
        return observer;
    }

    /// <summary>The first <typeparamref name="T"/> seen that matches, waiting for it to arrive.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool> match)
        where T : class =>
        (await Eventually.Until(
            () => Task.FromResult(received.OfType<T>().FirstOrDefault(match)),
            message => message is not null,
            because: $"a {typeof(T).Name} should be published"))!;

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    public sealed class Watch(IReceiveEndpointConfigurator endpoint, ConcurrentQueue<object> received)
    {
        public Watch For<T>()
            where T : class
        {
            endpoint.Handler<T>(context =>
            {
                received.Enqueue(context.Message);
                return Task.CompletedTask;
            });
            return this;
        }
    }
}
