using Motorsport.Regional.Events;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Exports;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results;

public static partial class ResultsApi
{
    /// <summary>
    /// Sessions of an event with their classification (imported whole from the timing CSV or JSON, all or nothing) and
    /// finalisation, then the results' other features: scoring settings, standings and exports, race control's
    /// decisions. The rules are <see cref="SessionRules"/>, <see cref="ClassificationChecks"/> and
    /// <see cref="DecisionRules"/>; <see cref="ResultsStore"/> saves each change with what it publishes.
    /// </summary>
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder region)
    {
        var sessions = region.MapGroup("/events/{eventId}/sessions").WithTags("Results");
        sessions.MapGet("/", ListSessions).WithSummary("The event's sessions");
        sessions.MapGet("/{sessionId}", GetSession).WithName("GetRaceSession").WithSummary("One session and its classification (JSON or CSV)").Produces(200, contentType: ResultsExports.CsvType);
        sessions.MapPost("/", CreateSession).WithSummary("Create a session of the event");
        sessions.MapPost("/{sessionId}/classification", Upload).WithSummary("Import the timing provider's classification export (CSV)").Accepts<string>("text/csv", "multipart/form-data");
        sessions.MapPut("/{sessionId}/classification", PutClassification).WithSummary("Replace the classification with rows sent as JSON");
        sessions.MapPost("/{sessionId}/finalise", Finalise).WithSummary("Make the provisional classification final");
        return region.MapScoringApi().MapStandingsApi().MapDecisionsApi();
    }

    private static async Task<Results<Ok<List<SessionResponse>>, ProblemHttpResult>> ListSessions(
        Guid eventId, RegionalDbContext db, ResultsStore store, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (racingEvent is null)
        {
            return ResultsProblems.EventNotFound(eventId);
        }

        var sessions = await store.SessionsOfAsync(eventId, cancellationToken);
        var settings = await store.SettingsForAsync(racingEvent, cancellationToken);
        var entered = (await store.EnteredAsync(eventId, cancellationToken)).Keys;
        return TypedResults.Ok(sessions.Select(s => SessionResponse.From(s, Score(s, settings), entered)).ToList());
    }

    /// <summary>The session as JSON or, as published after decisions, CSV (<c>format=csv</c>, <c>Accept: text/csv</c>).</summary>
    private static async Task<Results<Ok<SessionResponse>, ContentHttpResult, ProblemHttpResult>> GetSession(
        Guid eventId, Guid sessionId, [AsParameters] FormatQuery query, ResultsStore store, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: false, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return ResultsProblems.SessionNotFound(sessionId);
        }

        response.SetVersion(session.Version);
        var entered = (await store.EnteredAsync(eventId, cancellationToken)).Keys;
        var body = SessionResponse.From(session, Score(session, await store.SettingsForAsync(racingEvent, cancellationToken)), entered);
        if (!ResultsExports.WantsCsv(request, query.Format))
        {
            return TypedResults.Ok(body);
        }

        var (teams, drivers) = await store.NamesAsync(session, cancellationToken);
        return TypedResults.Text(ResultsExports.Classification(body, teams, drivers), ResultsExports.CsvType);
    }

    private static async Task<Results<CreatedAtRoute<SessionResponse>, ProblemHttpResult>> CreateSession(
        Guid eventId, CreateSessionRequest request, [AsParameters] RegionalServices services)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (racingEvent is null)
        {
            return ResultsProblems.EventNotFound(eventId);
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

        var now = services.Time.GetUtcNow();
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

        services.Response.SetVersion(session.Version);
        return TypedResults.CreatedAtRoute(SessionResponse.From(session, null, []), "GetRaceSession", new { eventId, sessionId = session.Id });
    }

    /// <summary>
    /// The timing export as the body (<c>text/csv</c>) or as the one file of a <c>multipart/form-data</c> form. Any bad
    /// line — unreadable, a duplicate position or car, a gap, laps out of order, a car not entered — refuses the whole
    /// file with every line listed.
    /// </summary>
    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Upload(
        Guid eventId, Guid sessionId, [AsParameters] UploadQuery query, ResultsStore store, [AsParameters] RegionalServices services, ILogger<RaceSession> logger)
    {
        var (request, cancellationToken) = (services.Http.Request, services.Aborted);
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, services.Precondition(query), query.CorrectionReason, store, services.Time, cancellationToken);
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
            LogRejected(logger, import.Session.Name, import.Event.Name, parsed.Errors.Count);
            return ResultsProblems.Rejected(parsed.Errors, notEntered);
        }

        var rows = ImportedRow.FromTiming(parsed.Rows, query.Pole, guests);
        var season = await store.SaveClassificationAsync(import, rows, query.LessThanHalfDistance, query.CorrectionReason, query.AbsentAsNotStarted ?? false, cancellationToken);
        return Saved(import, season, rows.Count, logger, services.Response);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> PutClassification(
        Guid eventId, Guid sessionId, ClassificationRequest request, ResultsStore store, [AsParameters] RegionalServices services, ILogger<RaceSession> logger)
    {
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, services.Precondition(request), request.CorrectionReason, store, services.Time, services.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        var rows = request.Rows!
            .Select(r => new ImportedRow(
                r.CarNumber!.Value, r.Position, r.Status!.Value, r.Laps, r.TotalTime, r.NotRunning ?? false, r.Pole ?? false, r.FastestLap ?? false, r.Guest ?? false))
            .ToList();
        if (RowProblems(rows, import!.Entries.Keys.ToHashSet()) is { Count: > 0 } problems)
        {
            return ResultsProblems.RowsRejected(problems);
        }

        var season = await store.SaveClassificationAsync(import, rows, request.LessThanHalfDistance, request.CorrectionReason, request.AbsentAsNotStarted ?? false, services.Aborted);
        return Saved(import, season, rows.Count, logger, services.Response);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Finalise(
        Guid eventId, Guid sessionId, VersionRequest request, ResultsStore store, [AsParameters] RegionalServices services, ILogger<RaceSession> logger)
    {
        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, services.Aborted);
        if (racingEvent is null || session is null)
        {
            return ResultsProblems.SessionNotFound(sessionId);
        }

        if (services.Precondition(request).Refusal(session.Version) is { } refused)
        {
            return refused;
        }

        if (SessionRules.CanFinalise(racingEvent, session, services.Time.GetUtcNow()) is { } rejection)
        {
            return ResultsProblems.Problem(rejection);
        }

        var season = await store.FinaliseAsync(racingEvent, session, services.Aborted);
        LogFinalised(logger, session.Name, racingEvent.Name, session.Id);
        services.Response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session), (await store.EnteredAsync(session.EventId, services.Aborted)).Keys));
    }

    private static async Task<(ResultsImport? Import, ProblemHttpResult? Problem)> LoadForImportAsync(
        Guid eventId, Guid sessionId, VersionPrecondition precondition, string? correctionReason, ResultsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return (null, ResultsProblems.SessionNotFound(sessionId));
        }

        if (precondition.Refusal(session.Version) is { } refused)
        {
            return (null, refused);
        }

        if (SessionRules.CanImport(racingEvent, session, correctionReason, time.GetUtcNow()) is { } rejection)
        {
            return (null, ResultsProblems.Problem(rejection));
        }

        return (new ResultsImport(racingEvent, session, await store.EnteredAsync(eventId, cancellationToken)), null);
    }

    private static Ok<SessionResponse> Saved(ResultsImport import, SeasonResults season, int rows, ILogger logger, HttpResponse response)
    {
        LogImported(logger, rows, import.Session.Name, import.Event.Name, import.Session.CorrectionReason is not null);
        response.SetVersion(import.Session.Version);
        return TypedResults.Ok(SessionResponse.From(import.Session, season.Score(import.Session), import.Entries.Keys));
    }

    /// <summary>The checks the CSV parser makes, for a classification sent as JSON; keyed by the row's index, in row order.</summary>
    private static List<(string Key, string Reason)> RowProblems(IReadOnlyList<ImportedRow> rows, IReadOnlySet<int> entered)
    {
        var problems = ClassificationChecks.Problems(
                rows.Select(r => new CheckedRow(r.CarNumber, r.Position, r.Status, r.Laps)).ToList(), entered, i => $"rows[{i}]")
            .Select(p => (Key: $"rows[{p.Row}]", p.Reason))
            .ToList();

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

    private static ScoredSession? Score(RaceSession session, ScoringSettings? settings) =>
        session.Status == SessionStatus.Pending || settings is null ? null : ScoringEngine.Score(SeasonResults.Classification(session), settings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Rows} results of {SessionName} at {EventName} (correction: {Correction})")]
    private static partial void LogImported(ILogger logger, int rows, string sessionName, string eventName, bool correction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the classification of {SessionName} at {EventName}: {Problems} problems")]
    private static partial void LogRejected(ILogger logger, string sessionName, string eventName, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finalised {SessionName} at {EventName} (session {SessionId})")]
    private static partial void LogFinalised(ILogger logger, string sessionName, string eventName, Guid sessionId);
}
