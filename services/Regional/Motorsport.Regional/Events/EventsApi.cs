using Motorsport.Regional.Results;

namespace Motorsport.Regional.Events;

public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder region)
    {
        var events = region.MapGroup("/events").WithTags("Events");
        events.MapGet("/", List).WithSummary("List events, by start date (filter by season, series, date range, status)");
        events.MapGet("/{id}", Get).WithSummary("Get an event").WithName("GetEvent");
        events.MapPost("/", Create).WithSummary("Create an event of a season");
        events.MapPut("/{id}", Update).WithSummary("Change a scheduled event");
        events.MapPost("/{id}/cancel", Cancel).WithSummary("Cancel a scheduled event");
        events.MapPost("/{id}/complete", Complete).WithSummary("Complete an event once its last day has begun");
        return region;
    }

    private static IQueryable<RacingEvent> WithEngineers(this IQueryable<RacingEvent> events) =>
        events.Include(e => e.Engineers).ThenInclude(a => a.Engineer);

    private static async Task<Results<Ok<PagedResult<EventResponse>>, ValidationProblem>> List(
        [AsParameters] EventQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        if (DateRangeFilter.Inverted(filter.From, filter.To) is { } inverted)
        {
            return inverted;
        }

        var query = db.Events.AsNoTracking().WithEngineers();
        if (filter.SeasonId is { } seasonId)
        {
            query = query.Where(e => e.SeasonId == seasonId);
        }

        if (filter.SeriesId is { } seriesId)
        {
            query = query.Where(e => e.SeriesId == seriesId);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.EndDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.StartDate <= to);
        }

        if (filter.Status is not null)
        {
            var status = Enum.Parse<EventStatus>(filter.Status, ignoreCase: true);
            query = query.Where(e => e.Status == status);
        }

        return TypedResults.Ok(await query.OrderBy(e => e.StartDate).ThenBy(e => e.Name).ThenBy(e => e.Id).ToPageAsync(paging, EventResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().WithEngineers().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (racingEvent is null)
        {
            return NotFound(id);
        }

        response.SetVersion(racingEvent.Version);
        return TypedResults.Ok(EventResponse.From(racingEvent));
    }

    private static async Task<Results<CreatedAtRoute<EventResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateEventRequest request, [AsParameters] RegionalServices services)
    {
        if (InvalidSchedule(request.StartDate!.Value, request.EndDate!.Value, request.TimeZone ?? services.Region.TimeZone, out var timeZone) is { } invalid)
        {
            return invalid;
        }

        var season = await services.Db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SeasonId, services.Aborted);
        if (season is null)
        {
            return ApiProblem.Unprocessable("seasonId", $"No season has id '{request.SeasonId}'.");
        }

        if (OutsideSeason(request.StartDate.Value, request.EndDate.Value, season.Year) is { } outside)
        {
            return outside;
        }

        var (engineers, unknown) = await EngineersAsync(request.SupportEngineerIds!, request.PerformanceEngineerIds!, services.Db, services.Aborted);
        if (unknown is not null)
        {
            return unknown;
        }

        var now = services.Time.GetUtcNow();
        var racingEvent = new RacingEvent
        {
            Id = Guid.CreateVersion7(now),
            SeriesId = season.SeriesId,
            SeasonId = season.Id,
            Name = request.Name!,
            Circuit = request.Circuit!,
            StartDate = request.StartDate.Value,
            EndDate = request.EndDate.Value,
            TimeZone = timeZone,
            Status = EventStatus.Scheduled,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        AssignEngineers(racingEvent, engineers);
        services.Db.Events.Add(racingEvent);
        services.Outbox.Publish(racingEvent.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(racingEvent.Version);
        return TypedResults.CreatedAtRoute(EventResponse.From(racingEvent), "GetEvent", new { id = racingEvent.Id });
    }

    private static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateEventRequest request, [AsParameters] RegionalServices services)
    {
        if (InvalidSchedule(request.StartDate!.Value, request.EndDate!.Value, request.TimeZone!, out var timeZone) is { } invalid)
        {
            return invalid;
        }

        var (engineers, unknown) = await EngineersAsync(request.SupportEngineerIds!, request.PerformanceEngineerIds!, services.Db, services.Aborted);
        if (unknown is not null)
        {
            return unknown;
        }

        // Looked up first but judged after the 404 and 409 checks, which take precedence over what the request asks for.
        var seasonYear = await services.Db.Events.Where(e => e.Id == id)
            .Join(services.Db.Seasons, e => e.SeasonId, s => s.Id, (_, s) => s.Year)
            .SingleOrDefaultAsync(services.Aborted);
        return await Change(id, request, services, racingEvent =>
        {
            if ((Closed(racingEvent, "be changed") ?? OutsideSeason(request.StartDate.Value, request.EndDate.Value, seasonYear)) is { } refused)
            {
                return refused;
            }

            racingEvent.Name = request.Name!;
            racingEvent.Circuit = request.Circuit!;
            racingEvent.StartDate = request.StartDate.Value;
            racingEvent.EndDate = request.EndDate.Value;
            racingEvent.TimeZone = timeZone;
            AssignEngineers(racingEvent, engineers);
            return null;
        });
    }

    /// <summary>
    /// Entries stay as they were; a cancelled event takes no new entries. An event with a final result has run: cancelling
    /// it would silently take that result out of the standings.
    /// </summary>
    private static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id, VersionRequest request, [AsParameters] RegionalServices services)
    {
        var hasFinalResults = await services.Db.RaceSessions.AnyAsync(s => s.EventId == id && s.Status == SessionStatus.Final, services.Aborted);
        return await Change(id, request, services, racingEvent =>
            racingEvent.Status == EventStatus.Scheduled && hasFinalResults
                ? ApiProblem.Unprocessable("status", $"Event '{racingEvent.Name}' has final results; an event that has run is not cancelled.", ResultsRules.EventHasResults)
                : Transition(racingEvent, EventStatus.Cancelled));
    }

    /// <summary>An event is completed once it has run: from its last day at the circuit.</summary>
    private static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> Complete(
        Guid id, VersionRequest request, [AsParameters] RegionalServices services) =>
        await Change(id, request, services, racingEvent =>
        {
            // A closed event is a 409 whatever its dates, so only a scheduled one is judged by them.
            if (racingEvent.Status == EventStatus.Scheduled && !EventSchedule.HasEnded(racingEvent.EndDate, services.Time.GetUtcNow(), EventSchedule.CircuitZone(racingEvent.TimeZone)))
            {
                return ApiProblem.Unprocessable(
                    "status", $"Event '{racingEvent.Name}' ends on {racingEvent.EndDate:yyyy-MM-dd} ({racingEvent.TimeZone}); it can be completed from then.",
                    EventRules.NotFinished);
            }

            return Transition(racingEvent, EventStatus.Completed);
        });

    private static ProblemHttpResult? Transition(RacingEvent racingEvent, EventStatus to)
    {
        if (Closed(racingEvent, $"become {to}") is { } closed)
        {
            return closed;
        }

        racingEvent.Status = to;
        return null;
    }

    /// <summary>A cancelled or completed event is a matter of record: its status, dates and details no longer change.</summary>
    private static ProblemHttpResult? Closed(RacingEvent racingEvent, string change) =>
        racingEvent.Status == EventStatus.Scheduled
            ? null
            : ApiProblem.Conflict("status", $"Event '{racingEvent.Name}' is {racingEvent.Status}; only a scheduled event can {change}.");

    private static ProblemHttpResult? OutsideSeason(DateOnly start, DateOnly end, int seasonYear) =>
        EventSchedule.OutsideSeason(start, end, seasonYear) is (var field, var message)
            ? ApiProblem.Unprocessable(field, message, EventRules.OutsideSeason)
            : null;

    private static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, IVersionedRequest request, RegionalServices services, Func<RacingEvent, ProblemHttpResult?> apply)
    {
        var racingEvent = await services.Db.Events.WithEngineers().SingleOrDefaultAsync(e => e.Id == id, services.Aborted);
        return await services.TryChangeAsync(racingEvent, NotFound(id), request, apply, (changed, region) => changed.ToChanged(region)) is { } problem
            ? problem
            : TypedResults.Ok(EventResponse.From(racingEvent!));
    }

    /// <summary>Also gives the zone's IANA spelling, the one stored.</summary>
    private static ValidationProblem? InvalidSchedule(DateOnly start, DateOnly end, string timeZone, out string ianaTimeZone)
    {
        var iana = EventSchedule.IanaTimeZone(timeZone);
        ianaTimeZone = iana ?? timeZone;
        if (end < start)
        {
            return ApiProblem.Invalid("endDate", "must be on or after startDate");
        }

        if (end.DayNumber - start.DayNumber > 14)
        {
            return ApiProblem.Invalid("endDate", "an event lasts at most 15 days");
        }

        if (iana is not null)
        {
            return null;
        }

        return ApiProblem.Invalid("timeZone", TimeZoneInfo.TryConvertWindowsIdToIanaId(timeZone, out var suggestion)
            ? $"'{timeZone}' is a Windows time zone; give the circuit's IANA time zone, e.g. {suggestion}"
            : $"'{timeZone}' is not a known IANA time zone, e.g. Asia/Kuala_Lumpur");
    }

    private static async Task<(IReadOnlyList<(RegionalEngineer Engineer, EngineerRole Role)> Engineers, ProblemHttpResult? Unknown)> EngineersAsync(
        IReadOnlyList<Guid> supportIds, IReadOnlyList<Guid> performanceIds, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var ids = supportIds.Concat(performanceIds).Distinct().ToList();
        var found = await db.Engineers.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var (field, list) in new[] { ("supportEngineerIds", supportIds), ("performanceEngineerIds", performanceIds) })
        {
            foreach (var missing in list.Where(id => !found.ContainsKey(id)).Take(1))
            {
                return ([], ApiProblem.Unprocessable(field, $"No engineer of this office has id '{missing}'."));
            }
        }

        var assignments = supportIds.Distinct().Select(id => (found[id], EngineerRole.SupportEngineer))
            .Concat(performanceIds.Distinct().Select(id => (found[id], EngineerRole.PerformanceEngineer)))
            .ToList();
        return (assignments, null);
    }

    /// <summary>Keeps assignments that stay, drops the others and adds the new ones, so unchanged rows are not rewritten.</summary>
    private static void AssignEngineers(RacingEvent racingEvent, IReadOnlyList<(RegionalEngineer Engineer, EngineerRole Role)> wanted)
    {
        racingEvent.Engineers.RemoveAll(a => !wanted.Any(w => w.Engineer.Id == a.EngineerId && w.Role == a.Role));
        foreach (var (engineer, role) in wanted)
        {
            if (!racingEvent.Engineers.Any(a => a.EngineerId == engineer.Id && a.Role == role))
            {
                racingEvent.Engineers.Add(new EventEngineer { EventId = racingEvent.Id, EngineerId = engineer.Id, Engineer = engineer, Role = role });
            }
        }
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No event has id '{id}'.");
}
