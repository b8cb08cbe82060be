using System.Collections.ObjectModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Scoring;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results;

public sealed record DropsRequest([property: Required, Range(1, 200)] int? BestCount, DropUnit? Unit);

/// <summary>
/// The whole of a series' scoring rules, replacing what was there. <see cref="Version"/> is 0 for a series without
/// settings yet. Points tables list the points of position 1, 2, 3…; <see cref="ClassPoints"/> gives a class its own
/// tables per session type. <see cref="NonDroppableRounds"/> are round numbers within a season (1 = its first event).
/// The tables may hold nulls as sent; <see cref="Malformed"/> refuses them before <see cref="ToDocument"/>.
/// </summary>
public sealed record ScoringRequest(
    [property: Required] IReadOnlyDictionary<string, IReadOnlyList<decimal>?>? PointsBySessionType,
    [property: Range(typeof(decimal), "0", "100", ErrorMessage = "must be between {1} and {2}")] decimal? PoleBonus,
    [property: Range(typeof(decimal), "0", "100", ErrorMessage = "must be between {1} and {2}")] decimal? FastestLapBonus,
    bool? BonusRequiresClassifiedFinish,
    bool? HalfPointsBelowHalfDistance,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?>? ClassPoints,
    DropsRequest? Drops,
    [property: MaxLength(50)] IReadOnlyList<int>? NonDroppableRounds,
    [property: Range(0, 200)] int? MinimumStarts,
    [property: Range(1, 10)] int? TeamCarsCounted,
    [property: Required, Range(0, long.MaxValue)] long? Version) : IVersionedRequest
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> NoClassPoints =
        ReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?>.Empty;

    /// <summary>What the validation attributes cannot see: the points tables' contents and the round numbers.</summary>
    public Dictionary<string, string[]> Malformed()
    {
        var problems = PointsTableRules.Malformed(PointsBySessionType!, ClassPoints ?? NoClassPoints);
        if (RoundNumbers.Problem(NonDroppableRounds ?? []) is { } rounds)
        {
            problems["nonDroppableRounds"] = [rounds];
        }

        return problems;
    }

    /// <summary>Only once <see cref="Malformed"/> found nothing, so no table is null.</summary>
    public ScoringDocument ToDocument() => new(
        PointsBySessionType!,
        PoleBonus ?? 0,
        FastestLapBonus ?? 0,
        BonusRequiresClassifiedFinish ?? false,
        HalfPointsBelowHalfDistance ?? false,
        (ClassPoints ?? NoClassPoints)!,
        Drops is null ? null : new DropsDocument(Drops.BestCount!.Value, Drops.Unit ?? DropUnit.Session),
        NonDroppableRounds?.Order().ToList() ?? [],
        MinimumStarts ?? 0,
        TeamCarsCounted ?? 2);
}

public sealed record ScoringResponse(
    Guid SeriesId,
    IReadOnlyDictionary<string, IReadOnlyList<decimal>> PointsBySessionType,
    decimal PoleBonus,
    decimal FastestLapBonus,
    bool BonusRequiresClassifiedFinish,
    bool HalfPointsBelowHalfDistance,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>>> ClassPoints,
    DropsDocument? Drops,
    IReadOnlyList<int> NonDroppableRounds,
    int MinimumStarts,
    int TeamCarsCounted,
    long Version,
    DateTime UpdatedAtUtc)
{
    public static ScoringResponse From(SeriesScoring scoring)
    {
        var d = scoring.Document;
        return new(
            scoring.SeriesId, d.PointsBySessionType, d.PoleBonus, d.FastestLapBonus, d.BonusRequiresClassifiedFinish, d.HalfPointsBelowHalfDistance,
            d.ClassPoints, d.Drops, d.NonDroppableRounds, d.MinimumStarts, d.TeamCarsCounted, scoring.Version, scoring.UpdatedAtUtc);
    }
}

/// <summary><see cref="SessionType"/> names the points table, e.g. Race; <see cref="Name"/> is what standings show, e.g. Race 1.</summary>
public sealed record CreateSessionRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(40, MinimumLength = 1)] string? SessionType,
    [property: Range(1, 10_000)] int? ScheduledLaps);

/// <summary>
/// One car's line; <see cref="Position"/> is required for a classified car. <see cref="TotalTime"/> (<c>hh:mm:ss.fff</c>)
/// is what time penalties re-rank by; <see cref="NotRunning"/> marks a car classified though not running at the finish.
/// </summary>
public sealed record ClassificationRowRequest(
    [property: Required, Range(0, 999)] int? CarNumber,
    [property: Range(1, 999)] int? Position,
    [property: Required] ResultStatus? Status,
    [property: Range(0, 100_000)] int? Laps,
    [property: Range(typeof(TimeSpan), "00:00:00", "2.00:00:00")] TimeSpan? TotalTime,
    bool? NotRunning,
    bool? Pole,
    bool? FastestLap,
    bool? Guest);

/// <summary>
/// A whole classification by JSON, replacing any earlier one. A final result is only corrected with a
/// <see cref="CorrectionReason"/>. <see cref="LessThanHalfDistance"/> overrides what the winner's laps say.
/// <see cref="AbsentAsNotStarted"/> records entered cars the rows leave out as not started (DNS).
/// </summary>
public sealed record ClassificationRequest(
    [property: Required, MinLength(1), MaxLength(200), NoNullItems] IReadOnlyList<ClassificationRowRequest>? Rows,
    bool? LessThanHalfDistance,
    bool? AbsentAsNotStarted,
    [property: StringLength(500, MinimumLength = 1)] string? CorrectionReason,
    [property: Required] long? Version) : IVersionedRequest;

/// <summary>
/// The query of a CSV upload, which the timing export cannot carry: the pole car (from qualifying), guest car numbers
/// (<c>?guest=99&amp;guest=98</c>), the stewards' word on half distance, whether entered cars missing from the file
/// are recorded as not started and, for a final result, why it is corrected. The fastest lap is read from the export's
/// FL_TIME column.
/// </summary>
public sealed record UploadQuery(
    [property: Required] long? Version,
    [property: Range(0, 999)] int? Pole,
    [FromQuery] int[]? Guest,
    bool? LessThanHalfDistance,
    bool? AbsentAsNotStarted,
    [property: StringLength(500, MinimumLength = 1)] string? CorrectionReason) : IVersionedRequest;

/// <summary><see cref="Format"/> <c>csv</c> (or <c>Accept: text/csv</c>) answers CSV; guests are listed only when asked for.</summary>
public sealed record StandingsQuery([property: StringLength(20)] string? Classification, bool? IncludeGuests, [property: AllowedValues(null, "csv", "json")] string? Format);

/// <summary><see cref="Format"/> <c>csv</c> (or <c>Accept: text/csv</c>) answers CSV.</summary>
public sealed record FormatQuery([property: AllowedValues(null, "csv", "json")] string? Format);

/// <summary>Every table of a season in one answer: Overall, each class, Teams.</summary>
public sealed record StandingsTablesResponse(Guid SeriesId, Guid SeasonId, bool Provisional, long Version, IReadOnlyList<StandingsTableState> Tables);

public sealed record ClassificationScoreResponse(string Classification, int? Position, decimal PositionPoints, decimal BonusPoints, decimal Points);

public sealed record SessionResultResponse(
    int CarNumber,
    Guid EntryId,
    Guid TeamId,
    Guid? LicenceId,
    IReadOnlyList<Guid> DriverIds,
    string Class,
    ResultStatus Status,
    int? Position,
    int? Laps,
    bool Pole,
    bool FastestLap,
    bool Guest,
    bool NotRunning,
    TimeSpan? TotalTime,
    decimal PenaltySeconds,
    decimal Points,
    IReadOnlyList<ClassificationScoreResponse> Scores);

public sealed record SessionResponse(
    Guid Id,
    Guid EventId,
    string Name,
    string SessionType,
    int Position,
    int? ScheduledLaps,
    bool? LessThanHalfDistance,
    SessionStatus Status,
    string? CorrectionReason,
    bool HalfPoints,
    IReadOnlyList<SessionResultResponse> Classification,
    IReadOnlyList<int> AbsentCarNumbers,
    IReadOnlyList<DecisionResponse> Decisions,
    long Version,
    DateTime UpdatedAtUtc)
{
    /// <param name="scored">The session scored, or null while it has no classification.</param>
    /// <param name="entered">The car numbers entered in the event: those the classification does not list are absent.</param>
    public static SessionResponse From(RaceSession session, ScoredSession? scored, IEnumerable<int> entered)
    {
        var scores = scored?.Entries.ToDictionary(e => e.Entry.CarNumber, e => e.Scores) ?? [];
        return new(
            session.Id,
            session.EventId,
            session.Name,
            session.SessionType,
            session.Position,
            session.ScheduledLaps,
            session.LessThanHalfDistance,
            session.Status,
            session.CorrectionReason,
            scored?.HalfPoints ?? false,
            SeasonResults.Decided(session).Select(d =>
            {
                var (r, decided) = (d.Result, d.Decided);
                var carScores = scores.GetValueOrDefault(r.CarNumber) ?? [];
                return new SessionResultResponse(
                    r.CarNumber, r.EntryId, r.TeamId, r.LicenceId, r.DriverIds, r.Class, decided.Status, decided.Position, r.Laps, r.Pole, r.FastestLap, r.Guest,
                    r.NotRunning, r.TotalTime, (decimal)decided.Penalty.TotalMilliseconds / 1000,
                    carScores.Count > 0 ? carScores[0].Points : 0,
                    carScores.Select(s => new ClassificationScoreResponse(s.Classification, s.Position, s.PositionPoints, s.BonusPoints, s.Points)).ToList());
            }).ToList(),
            session.Status == SessionStatus.Pending ? [] : Import.ClassificationChecks.Absent(entered, session.Results.Select(r => r.CarNumber)),
            DecisionResponse.From(session.Decisions),
            session.Version,
            session.UpdatedAtUtc);
    }
}

/// <summary>One standings table; rows are as headquarters receives them, results with <c>dropped</c> marked.</summary>
public sealed record StandingsResponse(
    Guid SeriesId,
    Guid SeasonId,
    string Classification,
    bool Provisional,
    long Version,
    IReadOnlyList<StandingsRowState> Rows);
