using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Import;

/// <summary>A gap to another car: a time, or whole laps when the car was lapped.</summary>
public sealed record TimingGap(TimeSpan? Time, int? Laps);

/// <summary>
/// One row of a timing classification export. <paramref name="Line"/> is its 1-based line in the file (the header is
/// line 1). <paramref name="Position"/> and <paramref name="Laps"/> are always present for a classified car; other
/// cars may lack them, and empty times or gaps are null. Columns a layout does not have are empty text.
/// <paramref name="NotRunning"/> marks a classified car that was not running at the finish (the † of a published table).
/// </summary>
public sealed record TimingRow(
    int Line,
    int? Position,
    int CarNumber,
    string Team,
    IReadOnlyList<string> Drivers,
    string Vehicle,
    string Tyres,
    string Class,
    string Group,
    string Division,
    ResultStatus Status,
    int? Laps,
    TimeSpan? TotalTime,
    TimingGap? GapFirst,
    TimingGap? GapPrevious,
    int? FastestLapNumber,
    TimeSpan? FastestLapTime,
    decimal? FastestLapKph,
    bool NotRunning = false);

public sealed record TimingError(int Line, string Reason);

/// <summary>All or nothing: rows only when there are no errors.</summary>
public sealed record TimingParseResult(IReadOnlyList<TimingRow> Rows, IReadOnlyList<TimingError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
