using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Import;

/// <summary>
/// Parses timing-provider classification exports: semicolon-separated UTF-8 (with or without a byte-order mark), CRLF,
/// LF or CR line ends, values optionally in double quotes, a trailing <c>;</c> on a line tolerated. Columns are found by
/// their header names in any order and unknown ones are ignored, so both the classification layout (DRIVER_1…DRIVER_5)
/// and the results layout (DRIVER_FIRSTNAME/DRIVER_SECONDNAME, or DRIVER1_FIRSTNAME… for crews) are read. Every problem
/// is reported with its line, and a file with any problem yields no rows, so an import is all-or-nothing.
/// </summary>
public static partial class TimingCsvParser
{
    /// <summary>The columns a file must have; everything else is optional.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["POSITION", "NUMBER", "STATUS", "LAPS"];

    /// <summary>The mark of a classified car not running at the finish, in the POSITION or STATUS cell.</summary>
    public const char NotRunningMark = '†';

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ";",
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.Trim,
        DetectColumnCountChanges = false,
        BadDataFound = null,
        MissingFieldFound = null,
    };

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
        var text = csv.TrimStart('\uFEFF');
        using var parser = new CsvParser(new StringReader(text), Format);
        if (string.IsNullOrWhiteSpace(text) || !parser.Read())
        {
            return Failed(new TimingError(1, "The file is empty; expected the header line."));
        }

        var header = Columns.Of(parser.Record!);
        if (header.Missing() is { Count: > 0 } missing)
        {
            return Failed(new TimingError(parser.RawRow, missing.Count == 1
                ? $"The header has no {missing[0]} column; a timing export needs {string.Join(", ", RequiredColumns)}."
                : $"The header has no {string.Join(", ", missing)} columns; a timing export needs {string.Join(", ", RequiredColumns)}."));
        }

        var errors = new List<TimingError>();
        var rows = new List<TimingRow>();
        while (parser.Read())
        {
            // An unclosed quote runs to the end of the file, its own line end and all.
            if (parser.RawRecord.Count(c => c == '"') % 2 == 1)
            {
                errors.Add(new TimingError(parser.RawRow - LineBreaksIn(parser.RawRecord.TrimEnd('\r', '\n') + "\n"), "A quoted value is not closed."));
                continue;
            }

            var reader = new RowReader(header, parser.Record!, parser.RawRow - LineBreaksIn(parser.RawRecord.TrimEnd('\r', '\n')), errors);
            if (reader.Read() is { } row)
            {
                rows.Add(row);
            }
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            return Failed(new TimingError(2, "The file has a header but no cars."));
        }

        var checks = ClassificationChecks.Problems(
            rows.Select(r => new CheckedRow(r.CarNumber, r.Position, r.Status, r.Laps)).ToList(), knownCarNumbers, i => $"line {rows[i].Line}");
        errors.AddRange(checks.Select(p => new TimingError(rows[p.Row].Line, p.Reason)));
        return errors.Count == 0 ? new TimingParseResult(rows, []) : new TimingParseResult([], [.. errors.OrderBy(e => e.Line)]);
    }

    private static TimingParseResult Failed(TimingError error) => new([], [error]);

    /// <summary>A record ends on <see cref="CsvParser.RawRow"/>; its line is where it starts, earlier by the breaks inside quotes.</summary>
    private static int LineBreaksIn(string record) => record.Count(c => c == '\n') + record.Replace("\r\n", "\n").Count(c => c == '\r');

    /// <summary>The header: each column's index by its upper-cased name, and the driver columns in crew order.</summary>
    private sealed partial class Columns(Dictionary<string, int> byName, int count, IReadOnlyList<(int? Name, int? First, int? Second)> drivers)
    {
        public int Count => count;

        /// <summary>Single-cell driver names (DRIVER_1…) and first/second-name pairs (DRIVER_FIRSTNAME, DRIVER2_FIRSTNAME…), by crew place.</summary>
        public IReadOnlyList<(int? Name, int? First, int? Second)> Drivers => drivers;

        public static Columns Of(string[] names)
        {
            // A trailing separator on the header line is an empty last name, not a column.
            var count = names.Length;
            while (count > 0 && names[count - 1].Length == 0)
            {
                count--;
            }

            var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < count; i++)
            {
                byName.TryAdd(names[i].Trim(), i);
            }

            var drivers = new SortedDictionary<int, (int? Name, int? First, int? Second)>();
            foreach (var (name, index) in byName)
            {
                if (SingleCellDriver().Match(name) is { Success: true } single)
                {
                    var place = int.Parse(single.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                    drivers[place] = drivers.GetValueOrDefault(place) with { Name = index };
                }
                else if (NamePartDriver().Match(name) is { Success: true } part)
                {
                    var place = part.Groups[1].Length == 0 ? 1 : int.Parse(part.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                    var found = drivers.GetValueOrDefault(place);
                    drivers[place] = part.Groups[2].Value.Equals("FIRSTNAME", StringComparison.OrdinalIgnoreCase)
                        ? found with { First = index }
                        : found with { Second = index };
                }
            }

            return new Columns(byName, count, [.. drivers.Values]);
        }

        public List<string> Missing() => [.. RequiredColumns.Where(c => !byName.ContainsKey(c))];

        public int? IndexOf(string name) => byName.TryGetValue(name, out var index) ? index : null;

        [GeneratedRegex(@"^DRIVER_(\d{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex SingleCellDriver();

        [GeneratedRegex(@"^DRIVER(\d{0,2})_(FIRSTNAME|SECONDNAME|LASTNAME)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex NamePartDriver();
    }

    /// <summary>Reads one data row, collecting every problem on it rather than stopping at the first.</summary>
    private sealed class RowReader(Columns columns, string[] fields, int line, List<TimingError> errors)
    {
        private bool failed;

        private void Fail(string reason)
        {
            failed = true;
            errors.Add(new TimingError(line, reason));
        }

        public TimingRow? Read()
        {
            // A trailing separator, like the header's, leaves empty cells past the last column.
            var count = fields.Length;
            while (count > columns.Count && fields[count - 1].Length == 0)
            {
                count--;
            }

            if (count != columns.Count)
            {
                Fail($"Expected {columns.Count} columns, found {count}.");
                return null;
            }

            var statusText = Text("STATUS");
            var positionText = Value("POSITION");
            var notRunning = statusText.Contains(NotRunningMark) || positionText.Contains(NotRunningMark);
            var status = TimingValues.ParseStatus(statusText.Replace(NotRunningMark.ToString(), ""), out var statusNotRunning);
            if (status is null)
            {
                Fail($"STATUS '{statusText}' is not one of {TimingValues.StatusWords}.");
            }

            var classified = status == ResultStatus.Classified;
            var position = WholeNumber("POSITION", positionText.Replace(NotRunningMark.ToString(), "").Trim(), classified ? "POSITION is required for a classified car." : null);
            if (position == 0)
            {
                Fail("POSITION must be 1 or more.");
            }

            var number = WholeNumber("NUMBER", Value("NUMBER"), "NUMBER is required.");
            var laps = WholeNumber("LAPS", Value("LAPS"), classified ? "LAPS is required for a classified car." : null);
            var totalTime = Time("TOTAL_TIME");
            var gapFirst = Gap("GAP_FIRST");
            var gapPrevious = Gap("GAP_PREVIOUS");
            var fastestLapNumber = WholeNumber("FL_LAPNUM", Value("FL_LAPNUM"), null);
            var fastestLapTime = Time("FL_TIME");
            var fastestLapKph = Speed();

            return failed || status is null || number is null
                ? null
                : new TimingRow(
                    line,
                    position,
                    number.Value,
                    Text("TEAM"),
                    Drivers(),
                    Text("VEHICLE"),
                    Text("TYRES") is { Length: > 0 } tyres ? tyres : Text("TIRES"),
                    Text("CLASS"),
                    Text("GROUP"),
                    Text("DIVISION"),
                    status.Value,
                    laps,
                    totalTime,
                    gapFirst,
                    gapPrevious,
                    fastestLapNumber,
                    fastestLapTime,
                    fastestLapKph,
                    classified && (notRunning || statusNotRunning));
        }

        private string Text(string column) => columns.IndexOf(column) is { } index ? fields[index].Trim() : "";

        /// <summary>A value cell: providers write <c>-</c> where there is none (the leader's gap, a car without a lap).</summary>
        private string Value(string column) => Text(column) is "-" or "—" ? "" : Text(column);

        private List<string> Drivers() =>
        [
            .. columns.Drivers
                .Select(d => d.Name is { } name
                    ? fields[name].Trim()
                    : $"{(d.First is { } first ? fields[first].Trim() : "")} {(d.Second is { } second ? fields[second].Trim() : "")}".Trim())
                .Where(name => name.Length > 0),
        ];

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

        private TimeSpan? Time(string column)
        {
            var text = Value(column);
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

        private TimingGap? Gap(string column)
        {
            var text = Value(column);
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

        private decimal? Speed()
        {
            var text = Value("FL_KPH");
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
