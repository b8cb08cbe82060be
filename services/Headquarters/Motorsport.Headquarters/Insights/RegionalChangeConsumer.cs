using MassTransit;
using Motorsport.Contracts.Regional;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Folds one kind of regional fact into the read model. Every kind is consumed by this one class, on one queue: the
/// version check makes order irrelevant (<see cref="ReadModelStore.ApplyAsync{TState}"/>). Each upsert is applied at once;
/// the inbox row follows, so a redelivery after a crash in between applies the same version again, which changes nothing.
/// </summary>
public sealed class RegionalChangeConsumer<TChange, TState>(ReadModelStore store, TimeProvider time) : IConsumer<TChange>
    where TChange : class, IRegionalChange<TState>
{
    public Task Consume(ConsumeContext<TChange> context) =>
        store.ApplyAsync(context.Message, time.GetUtcNow().UtcDateTime, context.CancellationToken);
}

/// <summary>A heartbeat only says the region is there: its freshness moves on, its last change does not.</summary>
public sealed class RegionHeartbeatConsumer(ReadModelStore store, TimeProvider time) : IConsumer<RegionHeartbeat>
{
    public Task Consume(ConsumeContext<RegionHeartbeat> context) =>
        store.HeardAsync(context.Message.Region, time.GetUtcNow().UtcDateTime, changedAtUtc: null, context.CancellationToken);
}

public static class RegionalFactsRegistration
{
    // The queue headquarters' one consumer of regional facts has always had: messages waiting in it survive the upgrade.
    private const string Queue = "hq-regional-facts";

    /// <summary>A consumer for every kind in <see cref="RegionalKinds.All"/> and for heartbeats, all on one queue.</summary>
    public static void AddRegionalFactsConsumers(this IBusRegistrationConfigurator bus)
    {
        var add = typeof(RegionalFactsRegistration).GetMethod(nameof(Add), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var kind in RegionalKinds.All)
        {
            add.MakeGenericMethod(kind.Change, kind.State).Invoke(null, [bus]);
        }

        bus.AddConsumer<RegionHeartbeatConsumer>().Endpoint(endpoint => endpoint.Name = Queue);
    }

    private static void Add<TChange, TState>(IBusRegistrationConfigurator bus)
        where TChange : class, IRegionalChange<TState> =>
        bus.AddConsumer<RegionalChangeConsumer<TChange, TState>>().Endpoint(endpoint => endpoint.Name = Queue);
}
