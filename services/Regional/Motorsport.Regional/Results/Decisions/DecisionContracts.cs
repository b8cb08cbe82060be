using System.ComponentModel.DataAnnotations;

namespace Motorsport.Regional.Results.Decisions;

/// <summary>
/// A decision on a session: <see cref="Kind"/> says which of the other fields it takes. A time penalty takes
/// <see cref="CarNumber"/> and <see cref="PenaltySeconds"/>; a drop <see cref="CarNumber"/> and <see cref="Positions"/>;
/// a disqualification or exclusion <see cref="CarNumber"/>; a points deduction <see cref="Points"/> and either
/// <see cref="DriverId"/> or <see cref="TeamId"/>; a revocation <see cref="RevokesDecisionId"/>. <see cref="Reason"/> is
/// required once the result is final. <see cref="Version"/> is the session's.
/// </summary>
public sealed record DecisionRequest(
    [property: Required] DecisionKind? Kind,
    [property: Range(0, 999)] int? CarNumber,
    [property: Range(typeof(decimal), "0.001", "3600", ErrorMessage = "must be between {1} and {2}")] decimal? PenaltySeconds,
    [property: Range(1, 200)] int? Positions,
    [property: Range(typeof(decimal), "0.5", "1000", ErrorMessage = "must be between {1} and {2}")] decimal? Points,
    Guid? DriverId,
    Guid? TeamId,
    Guid? RevokesDecisionId,
    [property: StringLength(500, MinimumLength = 1)] string? Reason,
    [property: Required] long? Version) : IVersionedRequest
{
    /// <summary>Fields the kind needs but were not sent, and fields sent that the kind does not use.</summary>
    public Dictionary<string, string[]> Malformed()
    {
        string[] needed = Kind switch
        {
            DecisionKind.TimePenalty => ["carNumber", "penaltySeconds"],
            DecisionKind.PositionDrop => ["carNumber", "positions"],
            DecisionKind.Disqualification or DecisionKind.Exclusion => ["carNumber"],
            DecisionKind.PointsDeduction => ["points"],
            _ => ["revokesDecisionId"],
        };
        var sent = new Dictionary<string, bool>
        {
            ["carNumber"] = CarNumber is not null,
            ["penaltySeconds"] = PenaltySeconds is not null,
            ["positions"] = Positions is not null,
            ["points"] = Points is not null,
            ["driverId"] = DriverId is not null,
            ["teamId"] = TeamId is not null,
            ["revokesDecisionId"] = RevokesDecisionId is not null,
        };
        var problems = new Dictionary<string, string[]>();
        foreach (var field in needed.Where(f => !sent[f]))
        {
            problems[field] = [$"A {Kind} needs {field}."];
        }

        var allowed = Kind == DecisionKind.PointsDeduction ? [.. needed, "driverId", "teamId"] : needed;
        foreach (var field in sent.Where(s => s.Value && !allowed.Contains(s.Key)).Select(s => s.Key))
        {
            problems[field] = [$"A {Kind} does not take {field}."];
        }

        if (Kind == DecisionKind.PointsDeduction && (DriverId is null) == (TeamId is null))
        {
            problems["driverId"] = ["A points deduction is for either a driver (driverId) or a team (teamId)."];
        }

        return problems;
    }

    public RaceDecision ToDecision(Guid id, Guid sessionId, int sequence, string decidedBy, DateTime decidedAtUtc) => new()
    {
        Id = id,
        SessionId = sessionId,
        Sequence = sequence,
        Kind = Kind!.Value,
        CarNumber = CarNumber,
        Penalty = PenaltySeconds is { } seconds ? TimeSpan.FromMilliseconds((double)Math.Round(seconds * 1000)) : null,
        Positions = Positions,
        Points = Points,
        DriverId = DriverId,
        TeamId = TeamId,
        RevokesDecisionId = RevokesDecisionId,
        Reason = Reason?.Trim(),
        DecidedBy = decidedBy,
        DecidedAtUtc = decidedAtUtc,
    };
}

/// <summary>A decision as recorded; <see cref="Revoked"/> once a later revocation names it.</summary>
public sealed record DecisionResponse(
    Guid Id,
    int Sequence,
    DecisionKind Kind,
    int? CarNumber,
    decimal? PenaltySeconds,
    int? Positions,
    decimal? Points,
    Guid? DriverId,
    Guid? TeamId,
    Guid? RevokesDecisionId,
    string? Reason,
    string DecidedBy,
    DateTime DecidedAtUtc,
    bool Revoked)
{
    public static List<DecisionResponse> From(IEnumerable<RaceDecision> decisions)
    {
        var all = decisions.OrderBy(d => d.Sequence).ToList();
        var revoked = all.Select(d => d.RevokesDecisionId).OfType<Guid>().ToHashSet();
        return
        [
            .. all.Select(d => new DecisionResponse(
                d.Id, d.Sequence, d.Kind, d.CarNumber, d.Penalty is { } p ? (decimal)p.TotalMilliseconds / 1000 : null, d.Positions, d.Points, d.DriverId,
                d.TeamId, d.RevokesDecisionId, d.Reason, d.DecidedBy, d.DecidedAtUtc, revoked.Contains(d.Id))),
        ];
    }
}
