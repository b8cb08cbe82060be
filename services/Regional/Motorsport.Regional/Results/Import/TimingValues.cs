using System.Globalization;
using System.Text.RegularExpressions;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Import;

/// <summary>Readers for the individual values of a timing export, liberal in what they accept.</summary>
internal static partial class TimingValues
{
    // No race lasts anywhere near this long; the cap keeps absurd inputs from overflowing TimeSpan.
    private const decimal MaxSeconds = 10_000_000m;

    /// <summary>
    /// Reads <c>h:mm'ss.fff</c>, <c>mm'ss.fff</c>, <c>h:mm:ss.fff</c>, <c>m:ss.fff</c> or <c>ss.fff</c>: exporters put an
    /// apostrophe (sometimes a typographic one) before the seconds once a time runs into hours.
    /// </summary>
    public static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        var apostrophe = text.IndexOfAny(['\'', '’']);
        string[] units = apostrophe >= 0
            ? [.. text[..apostrophe].Split(':'), text[(apostrophe + 1)..]]
            : text.Split(':');
        if (units.Length > 3)
        {
            return false;
        }

        if (!decimal.TryParse(units[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || !char.IsAsciiDigit(units[^1][0]))
        {
            return false;
        }

        var higher = units[..^1];
        if (higher.Length > 0 && seconds >= 60)
        {
            return false;
        }

        decimal total = 0;
        for (var i = 0; i < higher.Length; i++)
        {
            if (!int.TryParse(higher[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || (i > 0 && value >= 60))
            {
                return false;
            }

            total = total * 60 + value;
        }

        total = total * 60 + seconds;
        if (total >= MaxSeconds)
        {
            return false;
        }

        time = TimeSpan.FromTicks((long)(total * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Reads a gap: <c>1 Lap</c>, <c>2 Laps</c> or a time, either optionally with a leading <c>+</c>.</summary>
    public static bool TryParseGap(string text, out TimingGap gap)
    {
        gap = new TimingGap(null, null);
        var value = text.TrimStart('+').Trim();
        if (LapsGap().Match(value) is { Success: true } laps)
        {
            if (!int.TryParse(laps.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return false;
            }

            gap = new TimingGap(null, count);
            return true;
        }

        if (value.Length == 0 || !TryParseTime(value, out var time))
        {
            return false;
        }

        gap = new TimingGap(time, null);
        return true;
    }

    public static bool TryParseWholeNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Accepts a decimal comma too: some exports are written with a European locale.</summary>
    public static bool TryParseSpeed(string text, out decimal speed) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out speed);

    /// <summary>The status words a timing export may use, for messages.</summary>
    public const string StatusWords = "Classified, Classified not running, Not classified, Retired, DNF, DNS, DSQ, Disqualified, Excluded";

    /// <summary>
    /// Case, spaces, dots, dashes and underscores are ignored, and the usual synonyms accepted. "Classified not running"
    /// (or CNR) is classified, with <paramref name="notRunning"/> set.
    /// </summary>
    public static ResultStatus? ParseStatus(string text, out bool notRunning)
    {
        var key = new string(text.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        notRunning = key is "classifiednotrunning" or "cnr";
        return key switch
        {
            "classified" or "cla" or "finished" or "classifiednotrunning" or "cnr" => ResultStatus.Classified,
            "notclassified" or "nc" => ResultStatus.NotClassified,
            "dnf" or "retired" or "ret" or "didnotfinish" => ResultStatus.DNF,
            "dns" or "didnotstart" => ResultStatus.DNS,
            "dsq" or "dq" or "disqualified" or "excluded" or "exc" => ResultStatus.DSQ,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(\d+)\s*laps?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LapsGap();
}
