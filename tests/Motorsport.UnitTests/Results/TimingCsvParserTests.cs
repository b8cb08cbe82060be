using System.Text;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

public sealed class TimingCsvParserTests
{
    private const string Header =
        "POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;TYRES;CLASS;GROUP;DIVISION;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH";

    private static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    /// <summary>A classified row whose columns can be overridden by name.</summary>
    private static string Row(
        string position = "1",
        string number = "1",
        string status = "Classified",
        string laps = "14",
        string totalTime = "29:41.101",
        string gapFirst = "",
        string gapPrevious = "",
        string flLap = "5",
        string flTime = "2:05.200",
        string kph = "159.4") =>
        $"{position};{number};Harbour Racing;Aiden TAN;;;;Porsche 911 GT3 Cup (992);Michelin;PRO;;;{status};{laps};{totalTime};{gapFirst};{gapPrevious};{flLap};{flTime};{kph}";

    private static TimingRow SingleRow(string csv)
    {
        var result = TimingCsvParser.Parse(csv);
        result.Errors.ShouldBeEmpty();
        return result.Rows.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_valid_export_with_a_byte_order_mark_is_read_in_full()
    {
        var csv = Csv(
            "1;7;\"Harbour Racing; Asia\";Marcus LEE;Kenji WATANABE;;;Porsche 911 GT3 R (992);Michelin;PRO-AM;GT3;Asia;Classified;187;5:44'41.101;;;97;1:42.337;185.2",
            "2;18;Lion City Motorsport;Lucas NG;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;Classified;186;5:45'02.000;1 Lap;1 Lap;12;1:43.004;184,0",
            "3;22;Jade Dragon Racing;David WONG;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;Classified;186;5:45'14.550;+1 Lap;12.550;;;",
            "4;3;Monsoon Motorsport;Sam WALKER;;;;Porsche 911 GT3 R (992);Michelin;PRO;GT3;Asia;DNF;60;1:45'12.000;127 Laps;126 Laps;8;1:42.900;184.9",
            ";12;Everest Racing;Chris HO;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;DNS;;;;;;;");
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        var result = await TimingCsvParser.ParseAsync(stream);

        result.Succeeded.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Rows.Count.ShouldBe(5);
        // Records compare lists by reference, so drivers are compared on their own.
        IReadOnlyList<string> drivers = [];
        result.Rows[0].Drivers.ShouldBe(["Marcus LEE", "Kenji WATANABE"]);
        (result.Rows[0] with { Drivers = drivers }).ShouldBe(new TimingRow(
            2,
            1,
            7,
            "Harbour Racing; Asia",
            drivers,
            "Porsche 911 GT3 R (992)",
            "Michelin",
            "PRO-AM",
            "GT3",
            "Asia",
            ResultStatus.Classified,
            187,
            new TimeSpan(0, 5, 44, 41, 101),
            null,
            null,
            97,
            new TimeSpan(0, 0, 1, 42, 337),
            185.2m));
        result.Rows[1].GapFirst.ShouldBe(new TimingGap(null, 1));
        result.Rows[1].FastestLapKph.ShouldBe(184.0m);
        result.Rows[2].GapFirst.ShouldBe(new TimingGap(null, 1));
        result.Rows[2].GapPrevious.ShouldBe(new TimingGap(TimeSpan.FromMilliseconds(12_550), null));
        result.Rows[2].FastestLapTime.ShouldBeNull();
        result.Rows[3].Status.ShouldBe(ResultStatus.DNF);
        result.Rows[3].GapFirst.ShouldBe(new TimingGap(null, 127));
        result.Rows[4].Drivers.ShouldBe(["Chris HO"]);
        (result.Rows[4] with { Drivers = drivers }).ShouldBe(new TimingRow(
            6, null, 12, "Everest Racing", drivers, "Porsche 911 GT3 R (992)", "Michelin", "AM", "GT3", "Asia",
            ResultStatus.DNS, null, null, null, null, null, null, null));
    }

    [Theory]
    [InlineData("5:44'41.101", 5, 44, 41, 101)]
    [InlineData("0:29’41.1", 0, 29, 41, 100)]
    [InlineData("29'41.101", 0, 29, 41, 101)]
    [InlineData("1:05:12.5", 1, 5, 12, 500)]
    [InlineData("1:42.337", 0, 1, 42, 337)]
    [InlineData("75:01.000", 1, 15, 1, 0)]
    [InlineData("42.337", 0, 0, 42, 337)]
    [InlineData("42", 0, 0, 42, 0)]
    public void Times_are_read_in_every_layout_exports_use(string text, int hours, int minutes, int seconds, int milliseconds)
    {
        SingleRow(Csv(Row(totalTime: text))).TotalTime.ShouldBe(new TimeSpan(0, hours, minutes, seconds, milliseconds));
    }

    [Theory]
    [InlineData("1:02.345", null, 62_345)]
    [InlineData("+0.713", null, 713)]
    [InlineData("1 Lap", 1, null)]
    [InlineData("2 Laps", 2, null)]
    [InlineData("3LAPS", 3, null)]
    public void Gaps_are_times_or_laps(string text, int? laps, int? milliseconds)
    {
        SingleRow(Csv(Row(gapFirst: text))).GapFirst.ShouldBe(
            new TimingGap(milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null, laps));
    }

    [Theory]
    [InlineData("Classified", ResultStatus.Classified)]
    [InlineData("CLASSIFIED", ResultStatus.Classified)]
    [InlineData("Not classified", ResultStatus.NotClassified)]
    [InlineData("NOT_CLASSIFIED", ResultStatus.NotClassified)]
    [InlineData("nc", ResultStatus.NotClassified)]
    [InlineData("dnf", ResultStatus.DNF)]
    [InlineData("Retired", ResultStatus.DNF)]
    [InlineData("D.N.S.", ResultStatus.DNS)]
    [InlineData("  DSQ ", ResultStatus.DSQ)]
    [InlineData("Disqualified", ResultStatus.DSQ)]
    public void Statuses_are_read_liberally(string text, ResultStatus expected)
    {
        SingleRow(Csv(Row(status: text))).Status.ShouldBe(expected);
    }

    [Fact]
    public void Plain_text_without_a_byte_order_mark_blank_lines_trailing_separators_and_a_lower_case_header_are_accepted()
    {
        var csv = Header.ToLowerInvariant() + ";\n" + Row() + ";\n\n" + Row(position: "2", number: "3") + "\n\n";

        var result = TimingCsvParser.Parse(csv);

        result.Errors.ShouldBeEmpty();
        result.Rows.Select(r => (r.Line, r.CarNumber)).ShouldBe([(2, 1), (4, 3)]);
    }

    [Theory]
    [InlineData("POSITION;NUMBER;TEAM", "The header has no STATUS, LAPS columns; a timing export needs POSITION, NUMBER, STATUS, LAPS.")]
    [InlineData("POS;NUMBER;TEAM;DRIVER_1;STATUS;LAPS;TOTAL_TIME", "The header has no POSITION column; a timing export needs POSITION, NUMBER, STATUS, LAPS.")]
    [InlineData("1;1;Harbour Racing;Aiden TAN;;;;Porsche;Michelin;PRO;;;Classified;14;29:41.101;;;5;2:05.200;159.4",
        "The header has no POSITION, NUMBER, STATUS, LAPS columns; a timing export needs POSITION, NUMBER, STATUS, LAPS.")]
    public void A_header_without_a_required_column_is_refused_on_line_one_naming_it(string header, string message)
    {
        var result = TimingCsvParser.Parse(header + "\r\n" + Row());

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new TimingError(1, message)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF\r\n  \r\n")]
    public void An_empty_file_is_refused(string csv)
    {
        TimingCsvParser.Parse(csv).Errors.ShouldBe([new TimingError(1, "The file is empty; expected the header line.")]);
    }

    [Fact]
    public void A_header_without_cars_is_refused()
    {
        TimingCsvParser.Parse(Csv()).Errors.ShouldBe([new TimingError(2, "The file has a header but no cars.")]);
    }

    [Fact]
    public void Old_mac_line_endings_count_lines_too()
    {
        TimingCsvParser.Parse(Header + "\r" + Row() + "\r" + Row(position: "1", number: "2")).Errors
            .ShouldBe([new TimingError(3, "Position 1 is already on line 2.")]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_reported_with_its_line()
    {
        var result = TimingCsvParser.Parse(Csv(Row(), Row(position: "2", number: "2") + ";extra", "3;3;Short row"));

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe(
        [
            new TimingError(3, "Expected 20 columns, found 21."),
            new TimingError(4, "Expected 20 columns, found 3."),
        ]);
    }

    [Fact]
    public void An_unclosed_quote_is_reported()
    {
        TimingCsvParser.Parse(Csv("1;1;\"Harbour Racing;Aiden TAN")).Errors
            .ShouldBe([new TimingError(2, "A quoted value is not closed.")]);
    }

    [Theory]
    [InlineData("TOTAL_TIME", "29:41,101")]
    [InlineData("TOTAL_TIME", "1:61.000")]
    [InlineData("TOTAL_TIME", "5:44'41'101")]
    [InlineData("TOTAL_TIME", "1:5:44'41.101")]
    [InlineData("TOTAL_TIME", "'41.101")]
    [InlineData("TOTAL_TIME", "1:2:3:4.5")]
    [InlineData("TOTAL_TIME", "-1.000")]
    [InlineData("TOTAL_TIME", "99999999999.000")]
    [InlineData("FL_TIME", "fast")]
    [InlineData("FL_TIME", ".337")]
    public void An_unreadable_time_is_reported_with_its_line(string column, string text)
    {
        var row = column == "FL_TIME" ? Row(position: "2", number: "2", flTime: text) : Row(position: "2", number: "2", totalTime: text);

        var result = TimingCsvParser.Parse(Csv(Row(), row));

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new TimingError(3, $"{column} '{text}' is not a readable time.")]);
    }

    [Theory]
    [InlineData("GAP_FIRST", "1 Lapp")]
    [InlineData("GAP_PREVIOUS", "+")]
    public void An_unreadable_gap_is_reported(string column, string text)
    {
        var row = column == "GAP_FIRST" ? Row(gapFirst: text) : Row(gapPrevious: text);

        TimingCsvParser.Parse(Csv(row)).Errors
            .ShouldBe([new TimingError(2, $"{column} '{text}' is neither a readable time nor a number of laps.")]);
    }

    [Fact]
    public void Non_numeric_position_number_and_laps_are_each_reported()
    {
        var result = TimingCsvParser.Parse(Csv(
            Row(position: "P1"),
            Row(position: "2", number: "#7"),
            Row(position: "3", number: "3", laps: "14.5"),
            Row(position: "4", number: "4", flLap: "x", kph: "fast")));

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe(
        [
            new TimingError(2, "POSITION 'P1' is not a whole number."),
            new TimingError(3, "NUMBER '#7' is not a whole number."),
            new TimingError(4, "LAPS '14.5' is not a whole number."),
            new TimingError(5, "FL_LAPNUM 'x' is not a whole number."),
            new TimingError(5, "FL_KPH 'fast' is not a number."),
        ]);
    }

    [Fact]
    public void A_classified_car_needs_a_position_and_laps_and_every_car_a_number()
    {
        var result = TimingCsvParser.Parse(Csv(Row(position: "", laps: ""), Row(position: "0", number: "")));

        result.Errors.ShouldBe(
        [
            new TimingError(2, "POSITION is required for a classified car."),
            new TimingError(2, "LAPS is required for a classified car."),
            new TimingError(3, "POSITION must be 1 or more."),
            new TimingError(3, "NUMBER is required."),
        ]);
    }

    [Fact]
    public void An_unknown_status_is_reported()
    {
        TimingCsvParser.Parse(Csv(Row(status: "Black flag"))).Errors
            .ShouldBe([new TimingError(2, "STATUS 'Black flag' is not one of Classified, Classified not running, Not classified, Retired, DNF, DNS, DSQ, Disqualified, Excluded.")]);
    }

    [Fact]
    public void A_duplicate_position_is_reported_on_the_later_line()
    {
        var result = TimingCsvParser.Parse(Csv(Row(), Row(position: "2", number: "2"), Row(position: "2", number: "3")));

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new TimingError(4, "Position 2 is already on line 3.")]);
    }

    [Fact]
    public void A_duplicate_car_number_is_reported_on_the_later_line()
    {
        var result = TimingCsvParser.Parse(Csv(Row(number: "7"), Row(position: "2", number: "8"), Row(position: "3", number: "07")));

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new TimingError(4, "Car number 7 is already on line 2.")]);
    }

    [Fact]
    public void Unranked_cars_may_all_lack_a_position()
    {
        var result = TimingCsvParser.Parse(Csv(
            Row(),
            Row(position: "", number: "2", status: "DNS", laps: "", totalTime: "", flLap: "", flTime: "", kph: ""),
            Row(position: "", number: "3", status: "DSQ")));

        result.Errors.ShouldBeEmpty();
        result.Rows.Select(r => r.Position).ShouldBe([1, null, null]);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_reported_with_their_line()
    {
        var latin1 = Encoding.Latin1.GetBytes(Csv(Row(), Row(position: "2", number: "2").Replace("Aiden TAN", "Jürgen MÜLLER")));
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. latin1]);

        var result = await TimingCsvParser.ParseAsync(stream);

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new TimingError(3, "The file is not valid UTF-8 text.")]);
    }

    [Fact]
    public void Rows_for_cars_not_entered_in_the_event_are_reported_with_their_lines_among_the_other_problems()
    {
        var csv = Csv(Row(number: "1"), Row(position: "2", number: "44"), Row(position: "2", number: "7"));

        var result = TimingCsvParser.Parse(csv, new HashSet<int> { 1, 7 });

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe(
        [
            new TimingError(3, "Car number 44 is not entered in this event."),
            new TimingError(4, "Position 2 is already on line 3."),
        ]);
        TimingCsvParser.Parse(csv.Replace("2;7;", "3;7;"), new HashSet<int> { 1, 7, 44 }).Errors.ShouldBeEmpty();
    }
}
