using System.Text.Json;
using MassTransit;
using Motorsport.Contracts.Regional;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Folds every region's events into the read model. One consumer (one queue) for all of them: the version check makes
/// order irrelevant. Each change is one upsert (<see cref="ReadModelStore"/>), applied at once; the inbox row follows, so a
/// redelivery after a crash in between applies the same version again, which changes nothing.
/// </summary>
public sealed class RegionalFactsConsumer(ReadModelStore store, TimeProvider time) :
    IConsumer<TeamChanged>,
    IConsumer<DriverChanged>,
    IConsumer<CarChanged>,
    IConsumer<EventChanged>,
    IConsumer<EntryChanged>,
    IConsumer<SeriesChanged>,
    IConsumer<EngineerChanged>,
    IConsumer<CertificateChanged>,
    IConsumer<SessionResultsChanged>,
    IConsumer<StandingsChanged>,
    IConsumer<RaceDecisionChanged>,
    IConsumer<RegionHeartbeat>
{
    public Task Consume(ConsumeContext<TeamChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Team, context.Message.TeamId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<DriverChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Driver, context.Message.DriverId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<CarChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Car, context.Message.CarId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<EventChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Event, context.Message.EventId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<EntryChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Entry, context.Message.EntryId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<SeriesChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Series, context.Message.SeriesId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<EngineerChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Engineer, context.Message.EngineerId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<CertificateChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Certificate, context.Message.CertificateId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<SessionResultsChanged> context) =>
        Apply(context.Message.Region, RecordKinds.SessionResults, context.Message.SessionId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<StandingsChanged> context) =>
        Apply(context.Message.Region, RecordKinds.Standings, context.Message.SeasonId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<RaceDecisionChanged> context) =>
        Apply(context.Message.Region, RecordKinds.RaceDecision, context.Message.DecisionId, context.Message.Version, context.Message.State, context.Message.ChangedAtUtc, context.CancellationToken);

    public Task Consume(ConsumeContext<RegionHeartbeat> context) => Heard(context.Message.Region, changedAtUtc: null, context.CancellationToken);

    private async Task Apply<TState>(string region, string kind, Guid id, long version, TState state, DateTime changedAtUtc, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(state, InsightsJson.Options);
        await store.ApplyAsync(new RegionalRecord { Region = region, Kind = kind, EntityId = id, Version = version, State = json, ChangedAtUtc = changedAtUtc }, cancellationToken);
        await Heard(region, changedAtUtc, cancellationToken);
    }

    private Task Heard(string region, DateTime? changedAtUtc, CancellationToken cancellationToken) =>
        store.HeardAsync(region, time.GetUtcNow().UtcDateTime, changedAtUtc, cancellationToken);
}

internal static class InsightsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
