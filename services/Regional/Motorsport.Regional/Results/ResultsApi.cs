using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Regions;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results;

/// <summary>Stable ids of the results rules a 422 names in <c>rule</c>.</summary>
public static class ResultsRules
{
    public const string ClassificationRejected = "classification-rejected";
    public const string NoScoringSettings = "no-scoring-settings";
    public const string InvalidScoringSettings = "invalid-scoring-settings";
    public const string UnknownSessionType = "unknown-session-type";
    public const string EventCancelled = "event-cancelled";
    public const string FinalNeedsCorrectionReason = "final-needs-correction-reason";
    public const string CorrectionReasonNeedsFinal = "correction-reason-needs-final";
    public const string EventNotStarted = "event-not-started";
    public const string EventHasResults = "event-has-results";
    public const string EntryHasResults = "entry-has-results";
}

public static partial class ResultsApi
{
    private const string LoggerName = "Motorsport.Regional.Results";

    /// <summary>A refusal lists this many problems at most: a wrong export of thousands of lines would otherwise answer with megabytes.</summary>
    private const int MaxListedProblems = 100;

    /// <summary>
    /// Scoring settings per series, sessions of an event with their classification (imported whole from the timing CSV
    /// or JSON, all or nothing), finalisation, and standings computed from the stored classifications on every read.
    /// Every results change publishes the session's results and the season's standings in the same transaction.
    /// </summary>
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder region)
    {
        var series = region.MapGroup("/series/{seriesId}").WithTags("Results");
        series.MapGet("/scoring", GetScoring);
        series.MapPut("/scoring", PutScoring);
        series.MapGet("/seasons/{seasonId}/standings", GetStandings);

        var sessions = region.MapGroup("/events/{eventId}/sessions").WithTags("Results");
        sessions.MapGet("/", ListSessions);
        sessions.MapGet("/{sessionId}", GetSession).WithName("GetRaceSession");
        sessions.MapPost("/", CreateSession);
        sessions.MapPost("/{sessionId}/classification", Upload).Accepts<string>("text/csv", "multipart/form-data");
        sessions.MapPut("/{sessionId}/classification", PutClassification);
        sessions.MapPost("/{sessionId}/finalise", Finalise);
        return region;
    }

    private static async Task<Results<Ok<ScoringResponse>, ProblemHttpResult>> GetScoring(
        Guid seriesId, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var scoring = await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == seriesId, cancellationToken);
        if (scoring is null)
        {
            return ApiProblem.NotFound("seriesId", $"Series '{seriesId}' has no scoring settings.");
        }

        response.SetVersion(scoring.Version);
        return TypedResults.Ok(ScoringResponse.From(scoring));
    }

    /// <summary>New rules change every season's standings of the series that has results, so each is republished.</summary>
    private static async Task<Results<Ok<ScoringResponse>, ProblemHttpResult>> PutScoring(
        Guid seriesId, ScoringRequest request, RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (request.Malformed() is { Count: > 0 } malformed)
        {
            return Invalid(malformed);
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Classes).Include(s => s.Seasons).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ApiProblem.NotFound("seriesId", $"No series has id '{seriesId}'.");
        }

        var document = request.ToDocument();
        var problems = new Dictionary<string, string[]>();
        if (document.ToSettings(series.OrderedClasses).Validate() is { Count: > 0 } invalid)
        {
            problems["settings"] = [.. invalid];
        }

        if (document.ClassPoints.Keys.Where(code => series.FindClass(code) is null).ToList() is { Count: > 0 } unknownClasses)
        {
            problems["classPoints"] = [$"{string.Join(", ", unknownClasses)} is not a class of this series; it has {string.Join(", ", series.OrderedClasses.Select(c => c.Code))}."];
        }

        foreach (var (field, messages) in PointsTableRules.ClassTablesWithoutOverall(document.PointsBySessionType, document.ClassPoints))
        {
            problems[field] = messages;
        }

        var seasonIds = series.Seasons.Select(s => s.Id).ToList();
        var usedTypes = await db.RaceSessions.AsNoTracking()
            .Where(s => db.Events.Any(e => e.Id == s.EventId && e.SeriesId == seriesId))
            .Select(s => s.SessionType).Distinct().ToListAsync(cancellationToken);
        if (usedTypes.Where(t => !document.HasSessionType(t)).ToList() is { Count: > 0 } orphaned)
        {
            problems["pointsBySessionType"] = [$"Sessions of type {string.Join(", ", orphaned)} exist; their points table cannot be removed."];
        }

        if (problems.Count > 0)
        {
            return Unprocessable(problems, ResultsRules.InvalidScoringSettings, "The scoring settings are not usable.");
        }

        var scoring = await db.SeriesScoring.SingleOrDefaultAsync(s => s.SeriesId == seriesId, cancellationToken);
        var expected = request.Version!.Value;
        if ((scoring?.Version ?? 0) != expected)
        {
            return Versioning.Stale(expected, scoring?.Version ?? 0);
        }

        if (scoring is null)
        {
            scoring = new SeriesScoring { SeriesId = seriesId, Settings = "" };
            db.SeriesScoring.Add(scoring);
        }

        scoring.Document = document;
        scoring.Touch(time);

        var seasonsWithResults = await db.SeasonStandingsVersions.Where(v => seasonIds.Contains(v.SeasonId)).Select(v => v.SeasonId).ToListAsync(cancellationToken);
        foreach (var seasonId in seasonsWithResults)
        {
            var season = await SeasonResults.LoadAsync(db, seasonId, cancellationToken, document);
            outbox.Publish(season.ToStandingsChanged(region.Id, await SeasonResults.NextVersionAsync(db, seasonId, time, cancellationToken)));
        }

        await db.SaveChangesAsync(cancellationToken);
        response.SetVersion(scoring.Version);
        return TypedResults.Ok(ScoringResponse.From(scoring));
    }

    private static async Task<Results<Ok<StandingsResponse>, ProblemHttpResult>> GetStandings(
        Guid seriesId, Guid seasonId, [AsParameters] StandingsQuery query, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!await db.Seasons.AnyAsync(s => s.Id == seasonId && s.SeriesId == seriesId, cancellationToken))
        {
            return ApiProblem.NotFound("seasonId", $"Series '{seriesId}' has no season '{seasonId}'.");
        }

        var season = await SeasonResults.LoadAsync(db, seasonId, cancellationToken);
        if (season.Scoring is null)
        {
            return ApiProblem.Unprocessable("seriesId", "The series has no scoring settings yet.", ResultsRules.NoScoringSettings);
        }

        var classification = query.Classification ?? Classifications.Overall;
        var tables = season.Tables();
        var table = tables.FirstOrDefault(t => string.Equals(t.Classification, classification, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            return ApiProblem.NotFound("classification", $"'{classification}' is not a classification of this series; it has {string.Join(", ", tables.Select(t => t.Classification))}.");
        }

        var version = await db.SeasonStandingsVersions.AsNoTracking().Where(v => v.SeasonId == seasonId).Select(v => v.Version).SingleOrDefaultAsync(cancellationToken);
        response.SetVersion(version);
        return TypedResults.Ok(new StandingsResponse(seriesId, seasonId, table.Classification, season.Provisional, version, table.Rows));
    }

    private static async Task<Results<Ok<List<SessionResponse>>, ProblemHttpResult>> ListSessions(
        Guid eventId, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (racingEvent is null)
        {
            return EventNotFound(eventId);
        }

        var sessions = await db.RaceSessions.AsNoTracking().Include(s => s.Results).Where(s => s.EventId == eventId).ToListAsync(cancellationToken);
        var settings = await SettingsForAsync(racingEvent, db, cancellationToken);
        return TypedResults.Ok(sessions.OrderBy(s => s.Position).Select(s => SessionResponse.From(s, Score(s, settings))).ToList());
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetSession(
        Guid eventId, Guid sessionId, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var session = await db.RaceSessions.AsNoTracking().Include(s => s.Results)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return SessionNotFound(sessionId);
        }

        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, Score(session, await SettingsForAsync(racingEvent, db, cancellationToken))));
    }

    private static async Task<Results<CreatedAtRoute<SessionResponse>, ProblemHttpResult>> CreateSession(
        Guid eventId, CreateSessionRequest request, RegionalDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (racingEvent is null)
        {
            return EventNotFound(eventId);
        }

        if (racingEvent.Status == EventStatus.Cancelled)
        {
            return ApiProblem.Unprocessable("eventId", $"Event '{racingEvent.Name}' is cancelled; it has no sessions.", ResultsRules.EventCancelled);
        }

        var scoring = await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == racingEvent.SeriesId, cancellationToken);
        if (scoring is null)
        {
            return ApiProblem.Unprocessable("eventId", "The event's series has no scoring settings yet; set them first.", ResultsRules.NoScoringSettings);
        }

        var document = scoring.Document;
        if (!document.HasSessionType(request.SessionType!))
        {
            return ApiProblem.Unprocessable(
                "sessionType",
                $"The series has no points table for '{request.SessionType}'; it has {string.Join(", ", document.PointsBySessionType.Keys)}.",
                ResultsRules.UnknownSessionType);
        }

        var name = request.Name!.Trim();
        var existing = await db.RaceSessions.AsNoTracking().Where(s => s.EventId == eventId).Select(s => new { s.Name, s.Position }).ToListAsync(cancellationToken);
        if (existing.Any(s => UniqueNames.SameName(s.Name, name)))
        {
            return ApiProblem.Conflict("name", $"Event '{racingEvent.Name}' already has a session '{name}'.");
        }

        var now = time.GetUtcNow();
        var session = new RaceSession
        {
            Id = Guid.CreateVersion7(now),
            EventId = eventId,
            Name = name,
            // The series' spelling, so sessions of one type group together however the request wrote it.
            SessionType = document.PointsBySessionType.Keys.First(k => string.Equals(k, request.SessionType, StringComparison.OrdinalIgnoreCase)),
            Position = existing.Count == 0 ? 1 : existing.Max(s => s.Position) + 1,
            ScheduledLaps = request.ScheduledLaps,
            Status = SessionStatus.Pending,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        db.RaceSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        response.SetVersion(session.Version);
        return TypedResults.CreatedAtRoute(SessionResponse.From(session, null), "GetRaceSession", new { eventId, sessionId = session.Id });
    }

    /// <summary>
    /// The timing export as the body (<c>text/csv</c>) or as the one file of a <c>multipart/form-data</c> form. Any bad
    /// line — unreadable, a duplicate position or car, a car not entered — refuses the whole file with every line listed.
    /// </summary>
    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Upload(
        Guid eventId, Guid sessionId, [AsParameters] UploadQuery query, HttpRequest request, RegionalDbContext db, IOutbox outbox, RegionOptions region,
        TimeProvider time, ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, query.Version!.Value, query.CorrectionReason, db, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var entered = import!.Entries.Keys.ToHashSet();
        TimingParseResult parsed;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
            {
                return ApiProblem.Unprocessable("file", "Send exactly one classification file.", ResultsRules.ClassificationRejected);
            }

            await using var file = form.Files[0].OpenReadStream();
            parsed = await TimingCsvParser.ParseAsync(file, entered, cancellationToken);
        }
        else
        {
            parsed = await TimingCsvParser.ParseAsync(request.Body, entered, cancellationToken);
        }

        var guests = query.Guest ?? [];
        var notEntered = new Dictionary<string, int[]>
        {
            ["pole"] = query.Pole is { } pole && !entered.Contains(pole) ? [pole] : [],
            ["guest"] = guests.Where(n => !entered.Contains(n)).Distinct().ToArray(),
        };
        if (parsed.Errors.Count > 0 || notEntered.Values.Any(n => n.Length > 0))
        {
            LogRejected(loggers.CreateLogger(LoggerName), import.Session.Name, import.Event.Name, parsed.Errors.Count);
            return Rejected(parsed.Errors, notEntered);
        }

        // The export has every car's best lap; the session's fastest lap is the quickest of them, whoever set it.
        var fastest = parsed.Rows.Where(r => r.FastestLapTime is not null).MinBy(r => r.FastestLapTime)?.CarNumber;
        var rows = parsed.Rows
            .Select(r => new ImportedRow(r.CarNumber, r.Position, r.Status, r.Laps, r.CarNumber == query.Pole, r.CarNumber == fastest, guests.Contains(r.CarNumber)))
            .ToList();
        return await ApplyAsync(import, rows, query.LessThanHalfDistance, query.CorrectionReason, db, outbox, region, time, loggers, response, cancellationToken);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> PutClassification(
        Guid eventId, Guid sessionId, ClassificationRequest request, RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time,
        ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, request.Version!.Value, request.CorrectionReason, db, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var rows = request.Rows!
            .Select(r => new ImportedRow(r.CarNumber!.Value, r.Position, r.Status!.Value, r.Laps, r.Pole ?? false, r.FastestLap ?? false, r.Guest ?? false))
            .ToList();
        if (RowProblems(rows, import!.Entries) is { Count: > 0 } problems)
        {
            return Unprocessable(FirstProblems(problems), ResultsRules.ClassificationRejected, Refused(problems.Count));
        }

        return await ApplyAsync(import, rows, request.LessThanHalfDistance, request.CorrectionReason, db, outbox, region, time, loggers, response, cancellationToken);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Finalise(
        Guid eventId, Guid sessionId, VersionRequest request, RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time,
        ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var session = await db.RaceSessions.Include(s => s.Results).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return SessionNotFound(sessionId);
        }

        if (session.Version != request.Version)
        {
            return Versioning.Stale(request.Version!.Value, session.Version);
        }

        // Before the session's state: whatever it is, an event that has not begun has nothing to finalise.
        if (NotStarted(racingEvent, time) is { } notStarted)
        {
            return notStarted;
        }

        if (session.Status != SessionStatus.Provisional)
        {
            return ApiProblem.Conflict("status", $"Session '{session.Name}' is {session.Status}; only a provisional result is finalised.");
        }

        if (racingEvent.Status == EventStatus.Cancelled)
        {
            return ApiProblem.Unprocessable("eventId", $"Event '{racingEvent.Name}' is cancelled; its results no longer count.", ResultsRules.EventCancelled);
        }

        session.Status = SessionStatus.Final;
        session.Touch(time);
        var season = await PublishAsync(racingEvent, session, db, outbox, region, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        LogFinalised(loggers.CreateLogger(LoggerName), session.Name, racingEvent.Name, session.Id);
        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session)));
    }

    /// <summary>A line of a classification, whichever way it arrived.</summary>
    private sealed record ImportedRow(int CarNumber, int? Position, ResultStatus Status, int? Laps, bool Pole, bool FastestLap, bool Guest);

    /// <summary>The session being imported, tracked, and the event's standing entries by car number.</summary>
    private sealed record Import(RacingEvent Event, RaceSession Session, IReadOnlyDictionary<int, Entry> Entries);

    private static async Task<(Import? Import, ProblemHttpResult? Problem)> LoadForImportAsync(
        Guid eventId, Guid sessionId, long expectedVersion, string? correctionReason, RegionalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var session = await db.RaceSessions.Include(s => s.Results).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return (null, SessionNotFound(sessionId));
        }

        if (session.Version != expectedVersion)
        {
            return (null, Versioning.Stale(expectedVersion, session.Version));
        }

        if (racingEvent.Status == EventStatus.Cancelled)
        {
            return (null, ApiProblem.Unprocessable("eventId", $"Event '{racingEvent.Name}' is cancelled; it has no results.", ResultsRules.EventCancelled));
        }

        if (NotStarted(racingEvent, time) is { } notStarted)
        {
            return (null, notStarted);
        }

        if (session.Status == SessionStatus.Final && string.IsNullOrWhiteSpace(correctionReason))
        {
            return (null, ApiProblem.Unprocessable(
                "correctionReason", $"Session '{session.Name}' is final; a new classification is a correction and needs a reason.", ResultsRules.FinalNeedsCorrectionReason));
        }

        // A reason is only ever stored on a final result; silently dropping one would hide that it was not recorded.
        if (session.Status != SessionStatus.Final && correctionReason is not null)
        {
            return (null, ApiProblem.Unprocessable(
                "correctionReason", $"Session '{session.Name}' is {session.Status}, not final; only a correction of a final result takes a reason.",
                ResultsRules.CorrectionReasonNeedsFinal));
        }

        var entries = await db.Entries.AsNoTracking().Include(e => e.Drivers)
            .Where(e => e.EventId == eventId && e.Status == EntryStatus.Entered)
            .ToDictionaryAsync(e => e.CarNumber, cancellationToken);
        return (new Import(racingEvent, session, entries), null);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> ApplyAsync(
        Import import, IReadOnlyList<ImportedRow> rows, bool? lessThanHalfDistance, string? correctionReason, RegionalDbContext db, IOutbox outbox,
        RegionOptions region, TimeProvider time, ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        var (racingEvent, session, entries) = (import.Event, import.Session, import.Entries);
        var licences = await LicencesAsync(racingEvent, entries.Values, db, cancellationToken);
        session.ReplaceResults(rows.Select(row =>
        {
            var entry = entries[row.CarNumber];
            return new SessionResult
            {
                SessionId = session.Id,
                CarNumber = row.CarNumber,
                EntryId = entry.Id,
                TeamId = entry.TeamId,
                LicenceId = licences.GetValueOrDefault(entry.Id),
                Class = entry.Class,
                DriverIds = [.. entry.DriverIds],
                Status = row.Status,
                Position = row.Position,
                Laps = row.Laps,
                Pole = row.Pole,
                FastestLap = row.FastestLap,
                Guest = row.Guest,
            };
        }).ToList());
        session.LessThanHalfDistance = lessThanHalfDistance;
        var correction = session.Status == SessionStatus.Final;
        if (correction)
        {
            session.CorrectionReason = correctionReason!.Trim();
        }
        else
        {
            session.Status = SessionStatus.Provisional;
        }

        session.Touch(time);
        var season = await PublishAsync(racingEvent, session, db, outbox, region, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        LogImported(loggers.CreateLogger(LoggerName), rows.Count, session.Name, racingEvent.Name, correction);
        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session)));
    }

    /// <summary>Queues the session's results and the season's recomputed standings, to be saved with the change itself.</summary>
    private static async Task<SeasonResults> PublishAsync(
        RacingEvent racingEvent, RaceSession session, RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time, CancellationToken cancellationToken)
    {
        var season = await SeasonResults.LoadAsync(db, racingEvent.SeasonId, cancellationToken);
        season.Use(session);
        outbox.Publish(season.ToResultsChanged(region.Id, session));
        outbox.Publish(season.ToStandingsChanged(region.Id, await SeasonResults.NextVersionAsync(db, racingEvent.SeasonId, time, cancellationToken)));
        return season;
    }

    /// <summary>
    /// The entrant licence each car runs under. Entries do not name one, so a team's cars fill its licences for the season
    /// in licence-number order, lowest car number first, each licence up to the cars it allows.
    /// </summary>
    private static async Task<Dictionary<Guid, Guid>> LicencesAsync(
        RacingEvent racingEvent, IEnumerable<Entry> entries, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var licences = await db.EntrantLicences.AsNoTracking().Where(l => l.SeasonId == racingEvent.SeasonId).ToListAsync(cancellationToken);
        var assigned = new Dictionary<Guid, Guid>();
        foreach (var team in entries.GroupBy(e => e.TeamId))
        {
            var places = licences.Where(l => l.TeamId == team.Key).OrderBy(l => l.Number, StringComparer.Ordinal)
                .SelectMany(l => Enumerable.Repeat(l.Id, Math.Max(l.CarsAllowed, 1)))
                .ToList();
            if (places.Count == 0)
            {
                continue;
            }

            foreach (var (entry, index) in team.OrderBy(e => e.CarNumber).Select((e, i) => (e, i)))
            {
                assigned[entry.Id] = places[Math.Min(index, places.Count - 1)];
            }
        }

        return assigned;
    }

    /// <summary>The checks the CSV parser makes, for a classification sent as JSON; keyed by the row's index, in row order.</summary>
    private static List<(string Key, string Reason)> RowProblems(IReadOnlyList<ImportedRow> rows, IReadOnlyDictionary<int, Entry> entries)
    {
        var problems = new List<(string Key, string Reason)>();
        void Add(int index, string reason) => problems.Add(($"rows[{index}]", reason));

        var positions = new Dictionary<int, int>();
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!entries.ContainsKey(row.CarNumber))
            {
                Add(i, $"Car number {row.CarNumber} is not entered in this event.");
            }

            if (row.Status == ResultStatus.Classified && row.Position is null)
            {
                Add(i, "A classified car needs a position.");
            }

            if (row.Position is { } position && !positions.TryAdd(position, i))
            {
                Add(i, $"Position {position} is already on rows[{positions[position]}].");
            }

            if (!numbers.TryAdd(row.CarNumber, i))
            {
                Add(i, $"Car number {row.CarNumber} is already on rows[{numbers[row.CarNumber]}].");
            }
        }

        // First, so that many bad rows cannot push them out of the listed problems.
        if (rows.Count(r => r.FastestLap) > 1)
        {
            problems.Insert(0, ("rows", "Only one car has the fastest lap."));
        }

        if (rows.Count(r => r.Pole) > 1)
        {
            problems.Insert(0, ("rows", "Only one car has the pole."));
        }

        return problems;
    }

    private static async Task<ScoringSettings?> SettingsForAsync(RacingEvent racingEvent, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var scoring = await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == racingEvent.SeriesId, cancellationToken);
        if (scoring is null)
        {
            return null;
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Classes).SingleAsync(s => s.Id == racingEvent.SeriesId, cancellationToken);
        return scoring.Document.ToSettings(series.OrderedClasses);
    }

    private static ScoredSession? Score(RaceSession session, ScoringSettings? settings) =>
        session.Status == SessionStatus.Pending || settings is null ? null : ScoringEngine.Score(SeasonResults.Classification(session), settings);

    /// <summary>
    /// A refused file: <c>errors</c> keyed by line (<c>line 7</c>), and <c>lines</c> listing each line and reason in file
    /// order for clients that show them as a list.
    /// </summary>
    /// <param name="notEntered">Car numbers given in the query but not entered, by query parameter (<c>pole</c>, <c>guest</c>).</param>
    private static ProblemHttpResult Rejected(IReadOnlyList<TimingError> errors, IReadOnlyDictionary<string, int[]> notEntered)
    {
        // The query's few problems come first so that a long file cannot push them out of the listed ones.
        var problems = notEntered.Where(n => n.Value.Length > 0)
            .Select(n => (Key: n.Key, Reason: n.Value.Length == 1
                ? $"Car number {n.Value[0]} is not entered in this event."
                : $"Car numbers {string.Join(", ", n.Value)} are not entered in this event."))
            .Concat(errors.Select(e => (Key: $"line {e.Line}", e.Reason)))
            .ToList();
        var problem = Unprocessable(FirstProblems(problems), ResultsRules.ClassificationRejected, Refused(problems.Count));
        problem.ProblemDetails.Extensions["lines"] = errors.Take(MaxListedProblems).Select(e => new { line = e.Line, reason = e.Reason }).ToList();
        return problem;
    }

    /// <summary>The first <see cref="MaxListedProblems"/> problems, grouped by key in the order they came.</summary>
    private static Dictionary<string, string[]> FirstProblems(IEnumerable<(string Key, string Reason)> problems) =>
        problems.Take(MaxListedProblems).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray());

    private static string Refused(int problems) =>
        problems > MaxListedProblems
            ? $"The classification was refused ({problems} problems, the first {MaxListedProblems} listed); nothing was stored."
            : $"The classification was refused ({problems} problems); nothing was stored.";

    /// <summary>
    /// A 400 for malformed input whose error keys hold the client's own keys (<c>classPoints.Pro-Am.Race</c>): a
    /// <see cref="ValidationProblem"/> would have them camel-cased like property names.
    /// </summary>
    private static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "One or more validation errors occurred.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static ProblemHttpResult Unprocessable(Dictionary<string, string[]> errors, string rule, string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The request breaks a rule",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["rule"] = rule });

    /// <summary>Results are of sessions that have run, so they are taken from the event's first day at the circuit.</summary>
    private static ProblemHttpResult? NotStarted(RacingEvent racingEvent, TimeProvider time) =>
        EventSchedule.HasStarted(racingEvent.StartDate, time.GetUtcNow(), EventSchedule.CircuitZone(racingEvent.TimeZone))
            ? null
            : ApiProblem.Unprocessable(
                "eventId", $"Event '{racingEvent.Name}' starts on {racingEvent.StartDate:yyyy-MM-dd} ({racingEvent.TimeZone}); its results are taken from then.",
                ResultsRules.EventNotStarted);

    private static ProblemHttpResult EventNotFound(Guid eventId) => ApiProblem.NotFound("eventId", $"No event has id '{eventId}'.");

    private static ProblemHttpResult SessionNotFound(Guid sessionId) => ApiProblem.NotFound("sessionId", $"The event has no session '{sessionId}'.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Rows} results of {SessionName} at {EventName} (correction: {Correction})")]
    private static partial void LogImported(ILogger logger, int rows, string sessionName, string eventName, bool correction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the classification of {SessionName} at {EventName}: {Problems} problems")]
    private static partial void LogRejected(ILogger logger, string sessionName, string eventName, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finalised {SessionName} at {EventName} (session {SessionId})")]
    private static partial void LogFinalised(ILogger logger, string sessionName, string eventName, Guid sessionId);
}
