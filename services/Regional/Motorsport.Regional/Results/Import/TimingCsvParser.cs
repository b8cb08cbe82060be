using System.Text;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Import;

/// <summary>
/// Parses the common timing-provider classification export: semicolon-separated UTF-8 (with or without a byte-order
/// mark), one car per line, values optionally in double quotes. Every problem is reported with its line, and a file
/// with any problem yields no rows, so an import is all-or-nothing. Blank lines are skipped; a trailing semicolon on a
/// line is tolerated.
/// </summary>
public static class TimingCsvParser
{
    public static readonly IReadOnlyList<string> Header =
    [
        "POSITION", "NUMBER", "TEAM", "DRIVER_1", "DRIVER_2", "DRIVER_3", "DRIVER_4", "VEHICLE", "TYRES", "CLASS", "GROUP",
        "DIVISION", "STATUS", "LAPS", "TOTAL_TIME", "GAP_FIRST", "GAP_PREVIOUS", "FL_LAPNUM", "FL_TIME", "FL_KPH",
    ];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="knownCarNumbers">When given, a row whose car is not among them is an error of its line, reported with every
    /// other problem of the file rather than only once the file is otherwise clean.</param>
    public static async Task<TimingParseResult> ParseAsync(Stream csv, IReadOnlySet<int>? knownCarNumbers = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var start = bytes.Span.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.Span[start..]);
        }
        catch (DecoderFallbackException invalid)
        {
            var line = 1 + bytes.Span[..(start + Math.Max(invalid.Index, 0))].Count((byte)'\n');
            return Failed(new TimingError(line, "The file is not valid UTF-8 text."));
        }

        return Parse(text, knownCarNumbers);
    }

    /// <param name="knownCarNumbers">As for <see cref="ParseAsync"/>.</param>
    public static TimingParseResult Parse(string csv, IReadOnlySet<int>? knownCarNumbers = null)
    {
        var lines = csv.TrimStart('\uFEFF').Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return Failed(new TimingError(1, "The file is empty; expected the header line."));
        }

        if (!TrySplit(lines[0], out var header) || !header.SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            return Failed(new TimingError(1, $"Expected the header {string.Join(';', Header)}."));
        }

        var errors = new List<TimingError>();
        var rows = new List<TimingRow>();
        var positionLines = new Dictionary<int, int>();
        var numberLines = new Dictionary<int, int>();
        for (var index = 1; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var reader = new RowReader(index + 1, errors);
            if (!TrySplit(lines[index], out var fields))
            {
                reader.Fail("A quoted value is not closed.");
                continue;
            }

            if (fields.Count != Header.Count)
            {
                reader.Fail($"Expected {Header.Count} columns, found {fields.Count}.");
                continue;
            }

            if (reader.Read(fields) is not { } row)
            {
                continue;
            }

            if (row.Position is { } position && !positionLines.TryAdd(position, row.Line))
            {
                reader.Fail($"Position {position} is already on line {positionLines[position]}.");
            }

            if (!numberLines.TryAdd(row.CarNumber, row.Line))
            {
                reader.Fail($"Car number {row.CarNumber} is already on line {numberLines[row.CarNumber]}.");
            }

            if (knownCarNumbers is not null && !knownCarNumbers.Contains(row.CarNumber))
            {
                reader.Fail(NotEntered(row.CarNumber));
            }

            rows.Add(row);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            return Failed(new TimingError(2, "The file has a header but no cars."));
        }

        return errors.Count == 0 ? new TimingParseResult(rows, []) : new TimingParseResult([], errors);
    }

    private static string NotEntered(int carNumber) => $"Car number {carNumber} is not entered in this event.";

    private static TimingParseResult Failed(TimingError error) => new([], [error]);

    /// <summary>Splits on semicolons outside double quotes (a doubled quote inside quotes is a literal one) and trims.</summary>
    private static bool TrySplit(string line, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"' && (quoted || string.IsNullOrWhiteSpace(field.ToString())))
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        // Some exporters end every line with the separator; that empty last column is not data.
        if (fields.Count == Header.Count + 1 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return !quoted;
    }

    /// <summary>Reads one data row, collecting every problem on it rather than stopping at the first.</summary>
    private sealed class RowReader(int line, List<TimingError> errors)
    {
        private bool failed;

        public void Fail(string reason)
        {
            failed = true;
            errors.Add(new TimingError(line, reason));
        }

        public TimingRow? Read(List<string> f)
        {
            var status = TimingValues.ParseStatus(f[12]);
            if (status is null)
            {
                Fail($"STATUS '{f[12]}' is not one of Classified, Not classified, DNF, DNS, DSQ.");
            }

            var classified = status == ResultStatus.Classified;
            var position = WholeNumber("POSITION", f[0], classified ? "POSITION is required for a classified car." : null);
            if (position == 0)
            {
                Fail("POSITION must be 1 or more.");
            }

            var number = WholeNumber("NUMBER", f[1], "NUMBER is required.");
            var laps = WholeNumber("LAPS", f[13], classified ? "LAPS is required for a classified car." : null);
            var totalTime = Time("TOTAL_TIME", f[14]);
            var gapFirst = Gap("GAP_FIRST", f[15]);
            var gapPrevious = Gap("GAP_PREVIOUS", f[16]);
            var fastestLapNumber = WholeNumber("FL_LAPNUM", f[17], null);
            var fastestLapTime = Time("FL_TIME", f[18]);
            var fastestLapKph = Speed(f[19]);

            return failed || status is null || number is null
                ? null
                : new TimingRow(
                    line,
                    position,
                    number.Value,
                    f[2],
                    f[3..7].Where(d => d.Length > 0).ToList(),
                    f[7],
                    f[8],
                    f[9],
                    f[10],
                    f[11],
                    status.Value,
                    laps,
                    totalTime,
                    gapFirst,
                    gapPrevious,
                    fastestLapNumber,
                    fastestLapTime,
                    fastestLapKph);
        }

        /// <param name="missing">The reason to report when the value is empty; null when it may be.</param>
        private int? WholeNumber(string column, string text, string? missing)
        {
            if (text.Length == 0)
            {
                if (missing is not null)
                {
                    Fail(missing);
                }

                return null;
            }

            if (TimingValues.TryParseWholeNumber(text, out var value))
            {
                return value;
            }

            Fail($"{column} '{text}' is not a whole number.");
            return null;
        }

        private TimeSpan? Time(string column, string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (TimingValues.TryParseTime(text, out var time))
            {
                return time;
            }

            Fail($"{column} '{text}' is not a readable time.");
            return null;
        }

        private TimingGap? Gap(string column, string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (TimingValues.TryParseGap(text, out var gap))
            {
                return gap;
            }

            Fail($"{column} '{text}' is neither a readable time nor a number of laps.");
            return null;
        }

        private decimal? Speed(string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (TimingValues.TryParseSpeed(text, out var speed))
            {
                return speed;
            }

            Fail($"FL_KPH '{text}' is not a number.");
            return null;
        }
    }
}
