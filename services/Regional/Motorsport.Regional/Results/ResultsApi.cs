using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.Regional.Data;
using Motorsport.Regional.Events;
using Motorsport.Regional.Regions;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Exports;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results;

public static partial class ResultsApi
{
    private const string LoggerName = "Motorsport.Regional.Results";

    /// <summary>A refusal lists this many problems at most: a wrong export of thousands of lines would otherwise answer with megabytes.</summary>
    private const int MaxListedProblems = 100;

    /// <summary>
    /// Scoring settings per series; sessions of an event with their classification (imported whole from the timing CSV
    /// or JSON, all or nothing), race control's decisions and finalisation; standings computed from the stored
    /// classifications on every read; exports. The rules are <see cref="SessionRules"/>, <see cref="ClassificationChecks"/>
    /// and <see cref="DecisionRules"/>; <see cref="ResultsStore"/> saves each change with what it publishes.
    /// </summary>
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder region)
    {
        var series = region.MapGroup("/series/{seriesId}").WithTags("Results");
        series.MapGet("/scoring", GetScoring);
        series.MapPut("/scoring", PutScoring);
        series.MapGet("/seasons/{seasonId}/standings", GetStandings).Produces(200, contentType: ResultsExports.CsvType);
        series.MapGet("/seasons/{seasonId}/standings/all", GetAllStandings).Produces(200, contentType: ResultsExports.CsvType);
        series.MapGet("/seasons/{seasonId}/calendar.ics", GetCalendar).Produces<string>(200, ResultsExports.CalendarType);

        var sessions = region.MapGroup("/events/{eventId}/sessions").WithTags("Results");
        sessions.MapGet("/", ListSessions);
        sessions.MapGet("/{sessionId}", GetSession).WithName("GetRaceSession").Produces(200, contentType: ResultsExports.CsvType);
        sessions.MapPost("/", CreateSession);
        sessions.MapPost("/{sessionId}/classification", Upload).Accepts<string>("text/csv", "multipart/form-data");
        sessions.MapPut("/{sessionId}/classification", PutClassification);
        sessions.MapPost("/{sessionId}/finalise", Finalise);
        sessions.MapPost("/{sessionId}/decisions", Decide);
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

    private static async Task<Results<Ok<ScoringResponse>, ProblemHttpResult>> PutScoring(
        Guid seriesId, ScoringRequest request, RegionalDbContext db, ResultsStore store, TimeProvider time, HttpResponse response,
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
        var usedTypes = await db.RaceSessions.AsNoTracking()
            .Where(s => db.Events.Any(e => e.Id == s.EventId && e.SeriesId == seriesId))
            .Select(s => s.SessionType).Distinct().ToListAsync(cancellationToken);
        if (document.Unusable(series, usedTypes) is { Count: > 0 } problems)
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
        await store.SaveScoringAsync(scoring, [.. series.Seasons.Select(s => s.Id)], cancellationToken);
        response.SetVersion(scoring.Version);
        return TypedResults.Ok(ScoringResponse.From(scoring));
    }

    /// <summary>One table, as JSON or (<c>format=csv</c>, <c>Accept: text/csv</c>) CSV.</summary>
    private static async Task<Results<Ok<StandingsResponse>, ContentHttpResult, ProblemHttpResult>> GetStandings(
        Guid seriesId, Guid seasonId, [AsParameters] StandingsQuery query, RegionalDbContext db, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (season, version, problem) = await LoadStandingsAsync(seriesId, seasonId, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var classification = query.Classification ?? Classifications.Overall;
        var tables = season!.Tables(query.IncludeGuests ?? false);
        var table = tables.FirstOrDefault(t => string.Equals(t.Classification, classification, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            return ApiProblem.NotFound("classification", $"'{classification}' is not a classification of this series; it has {string.Join(", ", tables.Select(t => t.Classification))}.");
        }

        response.SetVersion(version);
        return ResultsExports.WantsCsv(request, query.Format)
            ? TypedResults.Text(ResultsExports.Standings([table]), ResultsExports.CsvType)
            : TypedResults.Ok(new StandingsResponse(seriesId, seasonId, table.Classification, season.Provisional, version, table.Rows));
    }

    /// <summary>Every table of the season: Overall, each class, Teams.</summary>
    private static async Task<Results<Ok<StandingsTablesResponse>, ContentHttpResult, ProblemHttpResult>> GetAllStandings(
        Guid seriesId, Guid seasonId, [AsParameters] StandingsQuery query, RegionalDbContext db, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (season, version, problem) = await LoadStandingsAsync(seriesId, seasonId, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tables = season!.Tables(query.IncludeGuests ?? false);
        response.SetVersion(version);
        return ResultsExports.WantsCsv(request, query.Format)
            ? TypedResults.Text(ResultsExports.Standings(tables), ResultsExports.CsvType)
            : TypedResults.Ok(new StandingsTablesResponse(seriesId, seasonId, season.Provisional, version, tables));
    }

    private static async Task<(SeasonResults? Season, long Version, ProblemHttpResult? Problem)> LoadStandingsAsync(
        Guid seriesId, Guid seasonId, RegionalDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Seasons.AnyAsync(s => s.Id == seasonId && s.SeriesId == seriesId, cancellationToken))
        {
            return (null, 0, ApiProblem.NotFound("seasonId", $"Series '{seriesId}' has no season '{seasonId}'."));
        }

        var season = await SeasonResults.LoadAsync(db, seasonId, cancellationToken);
        if (season.Scoring is null)
        {
            return (null, 0, ApiProblem.Unprocessable("seriesId", "The series has no scoring settings yet.", ResultsRules.NoScoringSettings));
        }

        var version = await db.SeasonStandingsVersions.AsNoTracking().Where(v => v.SeasonId == seasonId).Select(v => v.Version).SingleOrDefaultAsync(cancellationToken);
        return (season, version, null);
    }

    /// <summary>The season's events as an iCalendar feed, cancelled ones marked cancelled.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCalendar(
        Guid seriesId, Guid seasonId, RegionalDbContext db, RegionOptions region, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seasonId && s.SeriesId == seriesId, cancellationToken);
        if (season is null)
        {
            return ApiProblem.NotFound("seasonId", $"Series '{seriesId}' has no season '{seasonId}'.");
        }

        var series = await db.Series.AsNoTracking().SingleAsync(s => s.Id == seriesId, cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.SeasonId == seasonId).ToListAsync(cancellationToken);
        return TypedResults.Text(ResultsExports.Calendar($"{series.Name} {season.Year}", $"{region.Id}.motorsport", events), ResultsExports.CalendarType);
    }

    private static async Task<Results<Ok<List<SessionResponse>>, ProblemHttpResult>> ListSessions(
        Guid eventId, RegionalDbContext db, ResultsStore store, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (racingEvent is null)
        {
            return EventNotFound(eventId);
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
            return SessionNotFound(sessionId);
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
        if (existing.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
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
        return TypedResults.CreatedAtRoute(SessionResponse.From(session, null, []), "GetRaceSession", new { eventId, sessionId = session.Id });
    }

    /// <summary>
    /// The timing export as the body (<c>text/csv</c>) or as the one file of a <c>multipart/form-data</c> form. Any bad
    /// line — unreadable, a duplicate position or car, a gap, laps out of order, a car not entered — refuses the whole
    /// file with every line listed.
    /// </summary>
    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Upload(
        Guid eventId, Guid sessionId, [AsParameters] UploadQuery query, HttpRequest request, ResultsStore store, TimeProvider time,
        ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, query.Version!.Value, query.CorrectionReason, store, time, cancellationToken);
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
            .Select(r => new ImportedRow(
                r.CarNumber, r.Position, r.Status, r.Laps, r.TotalTime, r.NotRunning, r.CarNumber == query.Pole, r.CarNumber == fastest, guests.Contains(r.CarNumber)))
            .ToList();
        var season = await store.SaveClassificationAsync(import, rows, query.LessThanHalfDistance, query.CorrectionReason, query.AbsentAsNotStarted ?? false, cancellationToken);
        return Saved(import, season, rows.Count, loggers, response);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> PutClassification(
        Guid eventId, Guid sessionId, ClassificationRequest request, ResultsStore store, TimeProvider time, ILoggerFactory loggers, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (import, problem) = await LoadForImportAsync(eventId, sessionId, request.Version!.Value, request.CorrectionReason, store, time, cancellationToken);
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
            return Unprocessable(FirstProblems(problems), ResultsRules.ClassificationRejected, Refused(problems.Count));
        }

        var season = await store.SaveClassificationAsync(import, rows, request.LessThanHalfDistance, request.CorrectionReason, request.AbsentAsNotStarted ?? false, cancellationToken);
        return Saved(import, season, rows.Count, loggers, response);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Finalise(
        Guid eventId, Guid sessionId, VersionRequest request, ResultsStore store, TimeProvider time, ILoggerFactory loggers, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return SessionNotFound(sessionId);
        }

        if (session.Version != request.Version)
        {
            return Versioning.Stale(request.Version!.Value, session.Version);
        }

        if (SessionRules.CanFinalise(racingEvent, session, time.GetUtcNow()) is { } rejection)
        {
            return Problem(rejection);
        }

        var season = await store.FinaliseAsync(racingEvent, session, cancellationToken);
        LogFinalised(loggers.CreateLogger(LoggerName), session.Name, racingEvent.Name, session.Id);
        return await RespondAsync(session, season, store, response, cancellationToken);
    }

    /// <summary>
    /// One of race control's decisions, recorded with the token's subject and the time; the session's classification and
    /// the season's standings follow at once. Checked by <see cref="DecisionRules"/>.
    /// </summary>
    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Decide(
        Guid eventId, Guid sessionId, DecisionRequest request, ResultsStore store, TimeProvider time, ClaimsPrincipal user, ILoggerFactory loggers,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (request.Malformed() is { Count: > 0 } malformed)
        {
            return Invalid(malformed);
        }

        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return SessionNotFound(sessionId);
        }

        if (session.Version != request.Version)
        {
            return Versioning.Stale(request.Version!.Value, session.Version);
        }

        var now = time.GetUtcNow();
        var decision = request.ToDecision(
            Guid.CreateVersion7(now), session.Id, session.Decisions.Count + 1, user.FindFirstValue(Motorsport.ServiceDefaults.Security.ClaimTypes.Subject) ?? "unknown", now.UtcDateTime);
        if (DecisionRules.Check(decision, session.Status, SeasonResults.Rows(session), session.Decisions) is { } rejection)
        {
            return ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule);
        }

        var season = await store.SaveDecisionAsync(racingEvent, session, decision, cancellationToken);
        LogDecided(loggers.CreateLogger(LoggerName), decision.Kind, session.Name, racingEvent.Name, decision.DecidedBy);
        return await RespondAsync(session, season, store, response, cancellationToken);
    }

    private static async Task<(ResultsImport? Import, ProblemHttpResult? Problem)> LoadForImportAsync(
        Guid eventId, Guid sessionId, long expectedVersion, string? correctionReason, ResultsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return (null, SessionNotFound(sessionId));
        }

        if (session.Version != expectedVersion)
        {
            return (null, Versioning.Stale(expectedVersion, session.Version));
        }

        if (SessionRules.CanImport(racingEvent, session, correctionReason, time.GetUtcNow()) is { } rejection)
        {
            return (null, Problem(rejection));
        }

        return (new ResultsImport(racingEvent, session, await store.EnteredAsync(eventId, cancellationToken)), null);
    }

    private static Ok<SessionResponse> Saved(ResultsImport import, SeasonResults season, int rows, ILoggerFactory loggers, HttpResponse response)
    {
        LogImported(loggers.CreateLogger(LoggerName), rows, import.Session.Name, import.Event.Name, import.Session.CorrectionReason is not null);
        response.SetVersion(import.Session.Version);
        return TypedResults.Ok(SessionResponse.From(import.Session, season.Score(import.Session), import.Entries.Keys));
    }

    private static async Task<Ok<SessionResponse>> RespondAsync(
        RaceSession session, SeasonResults season, ResultsStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session), (await store.EnteredAsync(session.EventId, cancellationToken)).Keys));
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

    private static ProblemHttpResult Problem(SessionRejection rejection) =>
        rejection.Conflict ? ApiProblem.Conflict(rejection.Field, rejection.Message) : ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule!);

    private static ProblemHttpResult EventNotFound(Guid eventId) => ApiProblem.NotFound("eventId", $"No event has id '{eventId}'.");

    private static ProblemHttpResult SessionNotFound(Guid sessionId) => ApiProblem.NotFound("sessionId", $"The event has no session '{sessionId}'.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Rows} results of {SessionName} at {EventName} (correction: {Correction})")]
    private static partial void LogImported(ILogger logger, int rows, string sessionName, string eventName, bool correction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the classification of {SessionName} at {EventName}: {Problems} problems")]
    private static partial void LogRejected(ILogger logger, string sessionName, string eventName, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finalised {SessionName} at {EventName} (session {SessionId})")]
    private static partial void LogFinalised(ILogger logger, string sessionName, string eventName, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Race control decided a {Kind} on {SessionName} at {EventName} ({DecidedBy})")]
    private static partial void LogDecided(ILogger logger, DecisionKind kind, string sessionName, string eventName, string decidedBy);
}
