using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Decisions;

/// <summary>A car's line as the decisions see it: the classification as imported.</summary>
public sealed record DecisionRow(int CarNumber, ResultStatus Status, int? Position, int? Laps, TimeSpan? TotalTime, IReadOnlyList<Guid> DriverIds, Guid TeamId);

/// <summary>A car's line once the decisions are applied: its status and position, and the time penalties it took.</summary>
public sealed record DecidedRow(int CarNumber, ResultStatus Status, int? Position, TimeSpan Penalty);

/// <summary>A decision refused: the request field it concerns, why, and the rule's stable id.</summary>
public sealed record DecisionRejection(string Field, string Message, string Rule);

/// <summary>Stable ids of the decision rules a 422 names in <c>rule</c>.</summary>
public static class DecisionRuleIds
{
    public const string NotClassified = "session-not-classified";
    public const string FinalNeedsReason = "final-needs-decision-reason";
    public const string CarNotInSession = "decision-car-not-in-session";
    public const string CarNotClassified = "decision-car-not-classified";
    public const string AlreadyDisqualified = "decision-already-disqualified";
    public const string NeedsTotalTimes = "time-penalty-needs-total-times";
    public const string NotInSession = "deduction-target-not-in-session";
    public const string NotRevocable = "decision-not-revocable";
}

/// <summary>
/// Race control's decisions on one session: whether a new one may be taken, and the classification they make.
/// Applied in the order taken, revoked ones left out: time penalties first re-rank the classified cars by laps, then
/// total time plus penalties; then drops, disqualifications and exclusions apply one after the other; classified cars
/// are then numbered 1..N again. Points deductions leave the session as it is: they count in the season's standings.
/// </summary>
public static class DecisionRules
{
    /// <summary>The decisions in force, in the order they apply: neither revoked nor revocations themselves.</summary>
    public static List<RaceDecision> InForce(IEnumerable<RaceDecision> decisions)
    {
        var all = decisions.OrderBy(d => d.Sequence).ToList();
        var revoked = all.Where(d => d.Kind == DecisionKind.Revocation).Select(d => d.RevokesDecisionId).ToHashSet();
        return [.. all.Where(d => d.Kind != DecisionKind.Revocation && !revoked.Contains(d.Id))];
    }

    public static IReadOnlyList<DecidedRow> Apply(IReadOnlyList<DecisionRow> rows, IEnumerable<RaceDecision> decisions)
    {
        var inForce = InForce(decisions);
        var penalties = inForce.Where(d => d.Kind == DecisionKind.TimePenalty)
            .GroupBy(d => d.CarNumber!.Value)
            .ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (sum, d) => sum + d.Penalty!.Value));
        var status = rows.ToDictionary(r => r.CarNumber, r => r.Status);

        var classified = rows.Where(r => r.Status == ResultStatus.Classified).OrderBy(r => r.Position).ToList();
        if (penalties.Count > 0)
        {
            // A car without a total time keeps its place among those of its laps: nothing says it was slower.
            classified = [.. classified
                .OrderByDescending(r => r.Laps ?? 0)
                .ThenBy(r => r.TotalTime is { } time ? time + penalties.GetValueOrDefault(r.CarNumber) : TimeSpan.MaxValue)
                .ThenBy(r => r.Position)];
        }

        var order = classified.Select(r => r.CarNumber).ToList();
        foreach (var decision in inForce)
        {
            var car = decision.CarNumber ?? -1;
            var index = order.IndexOf(car);
            switch (decision.Kind)
            {
                case DecisionKind.PositionDrop when index >= 0:
                    order.RemoveAt(index);
                    order.Insert(Math.Min(index + decision.Positions!.Value, order.Count), car);
                    break;
                case DecisionKind.Disqualification or DecisionKind.Exclusion when status.ContainsKey(car):
                    order.Remove(car);
                    status[car] = ResultStatus.DSQ;
                    break;
            }
        }

        var positions = order.Select((car, i) => (car, i)).ToDictionary(x => x.car, x => x.i + 1);
        return [.. rows.Select(r => new DecidedRow(
            r.CarNumber,
            status[r.CarNumber],
            status[r.CarNumber] == ResultStatus.Classified ? positions[r.CarNumber] : status[r.CarNumber] == ResultStatus.DSQ ? null : r.Position,
            penalties.GetValueOrDefault(r.CarNumber)))];
    }

    /// <summary>Whether <paramref name="decision"/> may be taken on a session in <paramref name="status"/> with these rows and decisions.</summary>
    public static DecisionRejection? Check(RaceDecision decision, SessionStatus status, IReadOnlyList<DecisionRow> rows, IReadOnlyList<RaceDecision> taken)
    {
        if (status == SessionStatus.Pending)
        {
            return new("sessionId", "The session has no classification yet; decisions come after it.", DecisionRuleIds.NotClassified);
        }

        if (status == SessionStatus.Final && string.IsNullOrWhiteSpace(decision.Reason))
        {
            return new("reason", "The session's result is final; a decision on it needs a reason.", DecisionRuleIds.FinalNeedsReason);
        }

        var decided = Apply(rows, taken).ToDictionary(r => r.CarNumber);
        var row = rows.FirstOrDefault(r => r.CarNumber == decision.CarNumber);
        switch (decision.Kind)
        {
            case DecisionKind.TimePenalty or DecisionKind.PositionDrop or DecisionKind.Disqualification or DecisionKind.Exclusion when row is null:
                return new("carNumber", $"Car {decision.CarNumber} is not in the session's classification.", DecisionRuleIds.CarNotInSession);
            case DecisionKind.Disqualification or DecisionKind.Exclusion when decided[row!.CarNumber].Status == ResultStatus.DSQ:
                return new("carNumber", $"Car {row.CarNumber} is already out of the results ({row.Status}).", DecisionRuleIds.AlreadyDisqualified);
            case DecisionKind.TimePenalty or DecisionKind.PositionDrop when decided[row!.CarNumber].Status != ResultStatus.Classified:
                return new("carNumber", $"Car {row.CarNumber} is {decided[row.CarNumber].Status}, not classified; only a classified car's place can change.", DecisionRuleIds.CarNotClassified);
            case DecisionKind.TimePenalty when rows.Where(r => r.Status == ResultStatus.Classified && r.TotalTime is null).Select(r => r.CarNumber).Order().ToList() is { Count: > 0 } untimed:
                return new("carNumber", $"A time penalty re-ranks by total time; the classification has none for car {string.Join(", ", untimed)}.", DecisionRuleIds.NeedsTotalTimes);
            case DecisionKind.PointsDeduction when decision.DriverId is { } driver && !rows.Any(r => r.DriverIds.Contains(driver)):
                return new("driverId", $"Driver '{driver}' drove no car in this session.", DecisionRuleIds.NotInSession);
            case DecisionKind.PointsDeduction when decision.TeamId is { } team && !rows.Any(r => r.TeamId == team):
                return new("teamId", $"Team '{team}' ran no car in this session.", DecisionRuleIds.NotInSession);
            case DecisionKind.Revocation when taken.FirstOrDefault(d => d.Id == decision.RevokesDecisionId) is not { Kind: not DecisionKind.Revocation }:
                return new("revokesDecisionId", $"The session has no decision '{decision.RevokesDecisionId}' to revoke; a revocation is not itself revoked.", DecisionRuleIds.NotRevocable);
            case DecisionKind.Revocation when taken.Any(d => d.RevokesDecisionId == decision.RevokesDecisionId):
                return new("revokesDecisionId", $"Decision '{decision.RevokesDecisionId}' is already revoked.", DecisionRuleIds.NotRevocable);
        }

        return null;
    }
}
