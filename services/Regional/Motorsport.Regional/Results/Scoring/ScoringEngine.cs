namespace Motorsport.Regional.Results.Scoring;

/// <summary>Turns one session's classification into points per car and classification.</summary>
public static class ScoringEngine
{
    /// <exception cref="ArgumentException">The settings are invalid, have no table for the session type, or the
    /// classification has a classified car without a position, a repeated position or a repeated car number.</exception>
    public static ScoredSession Score(SessionClassification session, ScoringSettings settings)
    {
        settings.EnsureValid();
        EnsureConsistent(session);

        var halfPoints = settings.HalfPointsBelowHalfDistance && IsBelowHalfDistance(session);
        var factor = halfPoints ? 0.5m : 1m;

        // Guests and unclassified cars are left out before ranking, so their points pass to the next eligible finisher.
        var scorers = session.Entries
            .Where(e => e.Status == ResultStatus.Classified && !e.Guest)
            .OrderBy(e => e.Position)
            .ToList();

        var overallTable = settings.TableFor(session.SessionType, null);
        var overallRanks = Rank(scorers);
        var classRanks = settings.Classes.ToDictionary(
            cls => cls,
            cls => Rank(scorers.Where(s => ClassesOf(s, settings).Contains(cls))));

        var entries = session.Entries.Select(entry =>
        {
            var scores = new List<ClassificationScore>
            {
                Score(Classifications.Overall, overallRanks, overallTable, entry, factor, Bonus(entry, settings)),
            };
            foreach (var cls in ClassesOf(entry, settings))
            {
                scores.Add(Score(cls.Code, classRanks[cls], settings.TableFor(session.SessionType, cls), entry, factor, 0m));
            }

            return new ScoredEntry(entry, scores);
        }).ToList();

        return new ScoredSession(session.SessionType, halfPoints, entries);
    }

    private static ClassificationScore Score(
        string classification,
        Dictionary<int, int> ranks,
        PointsTable table,
        ClassifiedEntry entry,
        decimal factor,
        decimal bonus)
    {
        int? position = ranks.TryGetValue(entry.CarNumber, out var rank) ? rank : null;
        var points = position is { } p ? table.For(p) * factor : 0m;
        return new ClassificationScore(classification, position, points, bonus);
    }

    /// <summary>Scoring position by car number, which is unique in a session.</summary>
    private static Dictionary<int, int> Rank(IEnumerable<ClassifiedEntry> orderedScorers) =>
        orderedScorers
            .Select((entry, index) => (entry.CarNumber, rank: index + 1))
            .ToDictionary(x => x.CarNumber, x => x.rank);

    private static decimal Bonus(ClassifiedEntry entry, ScoringSettings settings)
    {
        var eligible = !entry.Guest
            && entry.Status != ResultStatus.DSQ
            && (!settings.BonusRequiresClassifiedFinish || entry.Status == ResultStatus.Classified);
        if (!eligible)
        {
            return 0m;
        }

        return (entry.Pole ? settings.PoleBonus : 0m) + (entry.FastestLap ? settings.FastestLapBonus : 0m);
    }

    // Class codes nobody configured are ignored: the car still scores overall, it just has no class standings.
    private static IEnumerable<ClassSettings> ClassesOf(ClassifiedEntry entry, ScoringSettings settings) =>
        entry.Classes.Select(settings.FindClass).OfType<ClassSettings>().Distinct();

    private static bool IsBelowHalfDistance(SessionClassification session)
    {
        if (session.LessThanHalfDistance is { } decided)
        {
            return decided;
        }

        // The winner is the first classified car, guest or not: the rule is about how far the race ran.
        var winner = session.Entries
            .Where(e => e.Status == ResultStatus.Classified)
            .MinBy(e => e.Position);
        return session.ScheduledLaps is > 0 && winner?.Laps is { } laps && laps * 2 < session.ScheduledLaps;
    }

    private static void EnsureConsistent(SessionClassification session)
    {
        var classified = session.Entries.Where(e => e.Status == ResultStatus.Classified).ToList();
        if (classified.FirstOrDefault(e => e.Position is null) is { } unplaced)
        {
            throw new ArgumentException($"Classified car {unplaced.CarNumber} has no position.", nameof(session));
        }

        if (classified.GroupBy(e => e.Position).FirstOrDefault(g => g.Count() > 1) is { } samePosition)
        {
            throw new ArgumentException($"Position {samePosition.Key} is held by more than one classified car.", nameof(session));
        }

        if (session.Entries.GroupBy(e => e.CarNumber).FirstOrDefault(g => g.Count() > 1) is { } sameNumber)
        {
            throw new ArgumentException($"Car number {sameNumber.Key} appears more than once.", nameof(session));
        }
    }
}
