namespace Motorsport.Regional.Results.Scoring;

/// <summary>
/// Season standings from scored sessions.
/// <list type="bullet">
/// <item>Guest appearances are left out entirely: a guest is not a championship contender, so it has no row, no start
/// and takes no team place.</item>
/// <item>Dropping keeps every result of a non-droppable round, then the best droppable ones up to the best-N count;
/// among equal results the earlier one is kept.</item>
/// <item>Ties on points break by countback over all results, dropped ones included: most scoring-position wins, then
/// most seconds, and so on. A tie countback cannot break shares the position (1, 2, 2, 4), listed by name then id so
/// the order is stable.</item>
/// <item>Minimum starts and dropping apply to every table, teams included; a team starts when any of its cars does.</item>
/// <item>A points deduction comes off the competitor's counted points in every table it has a line in, before ranking.</item>
/// <item>Guests can be listed (<c>includeGuests</c>), each after every contender, without a position or points; a driver who
/// was a contender in any session is a contender only.</item>
/// </list>
/// </summary>
public static class StandingsCalculator
{
    /// <param name="sessions">In any order of rounds; sessions of one round keep the order given (Race 1 before Race 2).</param>
    /// <exception cref="ArgumentException">The settings are invalid, sessions of one round disagree on whether it is
    /// droppable, or a driver appears twice in one session.</exception>
    public static SeasonStandings Calculate(
        IEnumerable<SeasonSession> sessions, ScoringSettings settings, IReadOnlyList<PointsDeduction>? deductions = null, bool includeGuests = false)
    {
        settings.EnsureValid();
        var ordered = sessions.OrderBy(s => s.Round).ToList();
        EnsureConsistentRounds(ordered);
        var deducted = (deductions ?? []).GroupBy(d => (d.Team, d.CompetitorId)).ToDictionary(g => g.Key, g => g.Sum(d => d.Points));
        var drivers = deducted.Where(d => !d.Key.Team).ToDictionary(d => d.Key.CompetitorId, d => d.Value);
        var teams = deducted.Where(d => d.Key.Team).ToDictionary(d => d.Key.CompetitorId, d => d.Value);

        return new SeasonStandings(
            Build(Classifications.Overall, DriverLines(ordered, Classifications.Overall, includeGuests), settings, drivers),
            settings.Classes.Select(c => Build(c.Code, DriverLines(ordered, c.Code, includeGuests), settings, drivers)).ToList(),
            Build(Classifications.Teams, TeamLines(ordered, settings.TeamCarsCounted), settings, teams));
    }

    /// <summary>A competitor's share of one session; <see cref="Order"/> is the session's place in the season.</summary>
    private sealed record Line(
        int Order,
        SeasonSession Session,
        string CompetitorId,
        string Name,
        ResultStatus? Status,
        IReadOnlyList<int> Positions,
        decimal Points,
        bool Started,
        int? RoadPosition = null,
        bool Guest = false);

    private sealed record Tally(
        string Id,
        string Name,
        decimal Points,
        int Starts,
        bool Classified,
        IReadOnlyList<int> FinishingPositions,
        IReadOnlyList<StandingsResult> Results,
        decimal Deducted = 0,
        bool Guest = false);

    private static List<Line> DriverLines(IReadOnlyList<SeasonSession> sessions, string classification, bool includeGuests)
    {
        var lines = sessions.SelectMany((session, order) => session.Session.Entries
                .Where(e => includeGuests || !e.Entry.Guest)
                .SelectMany(e => e.In(classification) is { } score
                    ? e.Entry.Drivers.Select(d => new Line(
                        order,
                        session,
                        d.Id,
                        d.Name,
                        e.Entry.Status,
                        score.Position is { } p ? [p] : [],
                        score.Points,
                        e.Entry.Status.Started(),
                        e.Entry.Position,
                        e.Entry.Guest))
                    : []))
            .ToList();

        if (lines.GroupBy(l => (l.Order, l.CompetitorId)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            var session = twice.First().Session;
            throw new ArgumentException(
                $"Driver {twice.Key.CompetitorId} is in more than one car in round {session.Round} {session.Name}.",
                nameof(sessions));
        }

        return lines;
    }

    private static IEnumerable<Line> TeamLines(IReadOnlyList<SeasonSession> sessions, int carsCounted) =>
        sessions.SelectMany((session, order) => session.Session.Entries
            .Where(e => !e.Entry.Guest)
            .GroupBy(e => e.Entry.Team.LicenceId)
            .Select(cars =>
            {
                var counted = cars
                    .OrderByDescending(e => e.Overall.Points)
                    .ThenBy(e => e.Overall.Position ?? int.MaxValue)
                    .ThenBy(e => e.Entry.CarNumber)
                    .Take(carsCounted)
                    .ToList();
                return new Line(
                    order,
                    session,
                    cars.Key,
                    cars.First().Entry.Team.Name,
                    null,
                    counted.Select(e => e.Overall.Position).OfType<int>().Order().ToList(),
                    counted.Sum(e => e.Overall.Points),
                    cars.Any(e => e.Entry.Status.Started()));
            }));

    private static Standings Build(string classification, IEnumerable<Line> lines, ScoringSettings settings, IReadOnlyDictionary<string, decimal> deducted)
    {
        var byCompetitor = lines.GroupBy(l => l.CompetitorId).ToList();
        var tallies = byCompetitor
            .Where(g => g.Any(l => !l.Guest))
            .Select(g => TallyOf([.. g.Where(l => !l.Guest).OrderBy(l => l.Order)], settings, deducted.GetValueOrDefault(g.Key)))
            .ToList();
        var guests = byCompetitor
            .Where(g => g.All(l => l.Guest))
            .Select(g => TallyOf([.. g.OrderBy(l => l.Order)], settings, 0) with { Guest = true })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        tallies.Sort((a, b) =>
        {
            var order = b.Classified.CompareTo(a.Classified);
            order = order != 0 ? order : CompareRank(a, b);
            order = order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
            return order != 0 ? order : StringComparer.Ordinal.Compare(a.Id, b.Id);
        });

        var rows = new List<StandingsRow>(tallies.Count);
        for (var i = 0; i < tallies.Count; i++)
        {
            var tally = tallies[i];
            var tiedWithPrevious = i > 0 && IsTie(tallies[i - 1], tally);
            var tiedWithNext = i + 1 < tallies.Count && IsTie(tally, tallies[i + 1]);
            int? position = !tally.Classified ? null : tiedWithPrevious ? rows[i - 1].Position : i + 1;
            rows.Add(new StandingsRow(
                position,
                tiedWithPrevious || tiedWithNext,
                tally.Id,
                tally.Name,
                tally.Points,
                tally.Starts,
                tally.Classified,
                tally.FinishingPositions,
                tally.Results,
                tally.Deducted));
        }

        rows.AddRange(guests.Select(g => new StandingsRow(null, false, g.Id, g.Name, 0, g.Starts, false, [], g.Results, Guest: true)));
        return new Standings(classification, rows);
    }

    private static Tally TallyOf(IReadOnlyList<Line> lines, ScoringSettings settings, decimal deducted)
    {
        var counted = CountedOrders(lines, settings.Drops);
        var starts = lines.Count(l => l.Started);
        return new Tally(
            lines[0].CompetitorId,
            lines[^1].Name,
            lines.Where(l => counted.Contains(l.Order)).Sum(l => l.Points) - deducted,
            starts,
            starts >= settings.MinimumStarts,
            lines.SelectMany(l => l.Positions).Order().ToList(),
            lines.Select(l => new StandingsResult(
                    l.Session.Round,
                    l.Session.Name,
                    l.Status,
                    l.Positions,
                    l.Points,
                    counted.Contains(l.Order),
                    l.RoadPosition))
                .ToList(),
            deducted);
    }

    private static HashSet<int> CountedOrders(IReadOnlyList<Line> lines, DroppedResults? drops)
    {
        if (drops is null)
        {
            return lines.Select(l => l.Order).ToHashSet();
        }

        var units = drops.Unit == DropUnit.Round
            ? lines.GroupBy(l => l.Session.Round).Select(g => g.ToList()).ToList()
            : lines.Select(l => new List<Line> { l }).ToList();
        var kept = units.Where(u => !u[0].Session.Droppable).ToList();
        kept.AddRange(units
            .Where(u => u[0].Session.Droppable)
            .OrderByDescending(u => u.Sum(l => l.Points))
            .ThenBy(u => u[0].Order)
            .Take(Math.Max(0, drops.BestCount - kept.Count)));
        return kept.SelectMany(u => u).Select(l => l.Order).ToHashSet();
    }

    private static bool IsTie(Tally a, Tally b) => a.Classified && b.Classified && CompareRank(a, b) == 0;

    /// <summary>Negative when <paramref name="a"/> ranks ahead of <paramref name="b"/>.</summary>
    private static int CompareRank(Tally a, Tally b)
    {
        var byPoints = b.Points.CompareTo(a.Points);
        if (byPoints != 0)
        {
            return byPoints;
        }

        var aCounts = a.FinishingPositions.CountBy(p => p).ToDictionary();
        var bCounts = b.FinishingPositions.CountBy(p => p).ToDictionary();
        foreach (var position in aCounts.Keys.Union(bCounts.Keys).Order())
        {
            var byCount = bCounts.GetValueOrDefault(position).CompareTo(aCounts.GetValueOrDefault(position));
            if (byCount != 0)
            {
                return byCount;
            }
        }

        return 0;
    }

    private static void EnsureConsistentRounds(IEnumerable<SeasonSession> sessions)
    {
        if (sessions.GroupBy(s => s.Round).FirstOrDefault(r => r.Select(s => s.Droppable).Distinct().Count() > 1) is { } round)
        {
            throw new ArgumentException($"Sessions of round {round.Key} disagree on whether it is droppable.", nameof(sessions));
        }
    }
}
