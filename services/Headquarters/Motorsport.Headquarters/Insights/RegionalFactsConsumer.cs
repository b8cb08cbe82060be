using System.Text.Json;
using MassTransit;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Folds every region's events into the read model. One consumer (one queue) for all of them: the version check makes
/// order irrelevant, and the inbox filter commits each message's change with its processed-message row.
/// </summary>
public sealed class RegionalFactsConsumer(HeadquartersDbContext db, TimeProvider time) :
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
        var record = await db.RegionalRecords.FindAsync([region, kind, id], cancellationToken);
        if (record is null)
        {
            db.RegionalRecords.Add(new RegionalRecord { Region = region, Kind = kind, EntityId = id, Version = version, State = json, ChangedAtUtc = changedAtUtc });
        }
        else if (version > record.Version)
        {
            (record.Version, record.State, record.ChangedAtUtc) = (version, json, changedAtUtc);
        }

        await Heard(region, changedAtUtc, cancellationToken);
    }

    private async Task Heard(string region, DateTime? changedAtUtc, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var freshness = await db.RegionFreshness.FindAsync([region], cancellationToken);
        if (freshness is null)
        {
            db.RegionFreshness.Add(new RegionFreshness { Region = region, LastMessageAtUtc = now, LastChangeAtUtc = changedAtUtc });
            return;
        }

        freshness.LastMessageAtUtc = now;
        if (changedAtUtc > (freshness.LastChangeAtUtc ?? DateTime.MinValue))
        {
            freshness.LastChangeAtUtc = changedAtUtc;
        }
    }
}

internal static class InsightsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
