using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Import;

/// <summary>A line of a classification as the checks see it, whichever way it arrived (timing export or JSON).</summary>
public sealed record CheckedRow(int CarNumber, int? Position, ResultStatus Status, int? Laps);

/// <summary>
/// What race control wants of a classification before it is stored: every car entered and listed once, each position
/// held once, classified cars at positions 1..N without gaps, and no classified car with more laps than one ahead of it.
/// Problems come back by row index; <c>label</c> names a row in a message (<c>line 3</c>, <c>rows[2]</c>).
/// </summary>
public static class ClassificationChecks
{
    public static List<(int Row, string Reason)> Problems(IReadOnlyList<CheckedRow> rows, IReadOnlySet<int>? entered, Func<int, string> label)
    {
        var problems = new List<(int Row, string Reason)>();
        var positions = new Dictionary<int, int>();
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (entered is not null && !entered.Contains(row.CarNumber))
            {
                problems.Add((i, $"Car number {row.CarNumber} is not entered in this event."));
            }

            if (row.Status == ResultStatus.Classified && row.Position is null)
            {
                problems.Add((i, "A classified car needs a position."));
            }

            if (row.Position is { } position && !positions.TryAdd(position, i))
            {
                problems.Add((i, $"Position {position} is already on {label(positions[position])}."));
            }

            if (!numbers.TryAdd(row.CarNumber, i))
            {
                problems.Add((i, $"Car number {row.CarNumber} is already on {label(numbers[row.CarNumber])}."));
            }
        }

        var classified = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].Status == ResultStatus.Classified && rows[i].Position is not null)
            .OrderBy(i => rows[i].Position)
            .ToList();
        var expected = 1;
        foreach (var i in classified)
        {
            var position = rows[i].Position!.Value;
            if (position > expected)
            {
                problems.Add((i, expected == position - 1
                    ? $"Position {expected} is missing: classified cars take positions 1 to {classified.Count} without gaps."
                    : $"Positions {expected} to {position - 1} are missing: classified cars take positions 1 to {classified.Count} without gaps."));
            }

            expected = position + 1;
        }

        for (var k = 1; k < classified.Count; k++)
        {
            var (ahead, behind) = (rows[classified[k - 1]], rows[classified[k]]);
            if (behind.Laps > (ahead.Laps ?? 0) && ahead.Position != behind.Position)
            {
                problems.Add((classified[k],
                    $"Car {behind.CarNumber} at position {behind.Position} has {behind.Laps} laps, more than car {ahead.CarNumber} ahead of it at position {ahead.Position} on {label(classified[k - 1])} with {ahead.Laps ?? 0}."));
            }
        }

        return problems;
    }

    /// <summary>Cars entered in the event that the classification does not list, lowest number first.</summary>
    public static List<int> Absent(IEnumerable<int> entered, IEnumerable<int> listed) => [.. entered.Except(listed).Order()];
}
