using System.Text;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

/// <summary>
/// The layouts timing providers publish (README, "Timing exports"): columns found by name in any order, unknown ones
/// ignored, every value kind read, and each refusal race control relies on named with its line.
/// </summary>
public sealed class TimingLayoutsTests
{
    /// <summary>The endurance classification layout: DRIVER_5 after FL_KPH, a `;` at the end of every line, LF ends.</summary>
    private const string Classification =
        "POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;TYRES;CLASS;GROUP;DIVISION;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;DRIVER_5;\n" +
        "1;060;Harbour Racing;Marcus LEE;Kenji WATANABE;;;Porsche 911 GT3 R (992);Michelin;PRO-AM;GT3;Asia;Classified;187;5:44'41.101;-;-;97;1:42.337;185.2;Ivan PETROV;\n" +
        "2;18;Lion City Motorsport;Lucas NG;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;CLASSIFIED;187;5:44'52.337;11.236;11.236;12;1'58.056;184.0;;\n" +
        "3;22;Jade Dragon Racing;David WONG;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;classified;186;5:45'14.550;1 Lap;1 Lap;;;;;\n" +
        "4†;3;Monsoon Motorsport;Sam WALKER;;;;Porsche 911 GT3 R (992);Michelin;PRO;GT3;Asia;Classified;181;5:30'02.000;6 Laps;5 Laps;8;1:42.900;184.9;;\n" +
        "5;12;Everest Racing;Chris HO;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;Retired;60;1:45'12.000;127 Laps;121 Laps;8;1:43.100;183.0;;\n" +
        ";14;Coral Racing;Tom LIM;;;;Porsche 911 GT3 R (992);Michelin;AM;GT3;Asia;Excluded;187;5:44'59.000;;;;;;;\n";

    /// <summary>The sprint results layout: one driver as first and second name, provider id columns, TIRES, CRLF ends, a BOM.</summary>
    private const string Results =
        "\uFEFFPOSITION;NUMBER;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;TEAM;CLASS;GROUP;DIVISION;VEHICLE;TIRES;ECM Participant Id;ECM Team Id;ECM Class Id;*Extra 7;*Extra 8;Sort Key;DRIVER_FIRSTNAME;DRIVER_SECONDNAME;DRIVER_LICENSE;DRIVER_HOMETOWN;DRIVER_COUNTRY;DRIVER_SHORTNAME;\r\n" +
        "1;7;Classified;14;25:30.694;-;-;9;1:40.747;161.2;Harbour Racing;PRO;;;Porsche 911 GT3 Cup (992);Michelin;80412;551;3;;;0001;Aiden;TAN;L-1;Singapore;SGP;TAN;\r\n" +
        "2;8;Classified;14;25:30.850;+0.156;+0.156;11;1:40.801;161.0;Lion City Motorsport;PRO-AM;;;Porsche 911 GT3 Cup (992);Michelin;80413;552;4;;;0002;Lucas;NG;L-2;Singapore;SGP;NG;\r\n" +
        "3;11;Not classified;9;18:02.100;5 Laps;5 Laps;4;1:41.300;160.1;Jade Dragon Racing;AM;;;Porsche 911 GT3 Cup (992);Michelin;80414;553;5;;;0003;David;WONG;L-3;Hong Kong;HKG;WON;\r\n" +
        ";27;DNS;;;;;;;;Coral Racing;AM;;;Porsche 911 GT3 Cup (992);Michelin;80415;554;5;;;0004;Tom;LIM;L-4;Kuala Lumpur;MAS;LIM;\r\n" +
        ";99;Disqualified;14;25:31.000;;;;1:40.700;162.0;Everest Racing;PRO;;;Porsche 911 GT3 Cup (992);Michelin;80416;555;3;;;0005;Chris;HO;L-5;Singapore;SGP;HO;\r\n";

    /// <summary>The results layout for crews: DRIVER1_…, DRIVER2_…, VEHICLE and TEAM moved, GROUP and DIVISION left out.</summary>
    private const string Crews =
        "POSITION;NUMBER;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;CLASS;TIRES;Sort Key;DRIVER1_FIRSTNAME;DRIVER1_SECONDNAME;DRIVER1_COUNTRY;DRIVER2_FIRSTNAME;DRIVER2_SECONDNAME;DRIVER2_COUNTRY;DRIVER3_FIRSTNAME;DRIVER3_SECONDNAME;DRIVER3_COUNTRY;VEHICLE;TEAM\n" +
        "1;91;Classified;120;45:30.694;-;-;33;1:42.337;185.0;PRO;Michelin;1;Marcus;LEE;SGP;Kenji;WATANABE;JPN;Ivan;PETROV;BUL;Porsche 911 GT3 R (992);Harbour Racing\n" +
        "2;92;DNF;88;33:10.000;32 Laps;32 Laps;12;1:43.337;183.0;AM;Michelin;2;Lucas;NG;SGP;;;;;;;Porsche 911 GT3 R (992);Lion City Motorsport\n";

    private static TimingParseResult Parse(string csv)
    {
        var result = TimingCsvParser.Parse(csv);
        result.Errors.ShouldBeEmpty();
        return result;
    }

    [Fact]
    public void The_classification_layout_is_read_with_driver_5_last_and_every_value_kind()
    {
        var rows = Parse(Classification).Rows;

        rows.Select(r => (r.Line, r.Position, r.CarNumber, r.Status, r.Laps)).ShouldBe(
        [
            (2, 1, 60, ResultStatus.Classified, 187),
            (3, 2, 18, ResultStatus.Classified, 187),
            (4, 3, 22, ResultStatus.Classified, 186),
            (5, 4, 3, ResultStatus.Classified, 181),
            (6, 5, 12, ResultStatus.DNF, 60),
            (7, null, 14, ResultStatus.DSQ, 187),
        ]);
        rows[0].Drivers.ShouldBe(["Marcus LEE", "Kenji WATANABE", "Ivan PETROV"]);
        rows[1].Drivers.ShouldBe(["Lucas NG"]);
        (rows[0].Team, rows[0].Vehicle, rows[0].Tyres, rows[0].Class, rows[0].Group, rows[0].Division)
            .ShouldBe(("Harbour Racing", "Porsche 911 GT3 R (992)", "Michelin", "PRO-AM", "GT3", "Asia"));
        rows[0].TotalTime.ShouldBe(new TimeSpan(0, 5, 44, 41, 101));
        (rows[0].GapFirst, rows[0].GapPrevious).ShouldBe((null, null));
        rows[1].GapFirst.ShouldBe(new TimingGap(TimeSpan.FromMilliseconds(11_236), null));
        rows[1].FastestLapTime.ShouldBe(new TimeSpan(0, 0, 1, 58, 56));
        rows[2].GapFirst.ShouldBe(new TimingGap(null, 1));
        rows[2].FastestLapTime.ShouldBeNull();
        rows[3].GapFirst.ShouldBe(new TimingGap(null, 6));
        rows.Select(r => r.NotRunning).ShouldBe([false, false, false, true, false, false]);
    }

    [Fact]
    public void The_results_layout_is_read_by_column_name_ignoring_provider_id_columns()
    {
        var rows = Parse(Results).Rows;

        rows.Select(r => (r.Position, r.CarNumber, r.Status, r.Laps)).ShouldBe(
        [
            (1, 7, ResultStatus.Classified, 14),
            (2, 8, ResultStatus.Classified, 14),
            (3, 11, ResultStatus.NotClassified, 9),
            (null, 27, ResultStatus.DNS, null),
            (null, 99, ResultStatus.DSQ, 14),
        ]);
        rows.Select(r => r.Drivers.Single()).ShouldBe(["Aiden TAN", "Lucas NG", "David WONG", "Tom LIM", "Chris HO"]);
        (rows[0].Team, rows[0].Class, rows[0].Vehicle, rows[0].Tyres).ShouldBe(("Harbour Racing", "PRO", "Porsche 911 GT3 Cup (992)", "Michelin"));
        rows[0].TotalTime.ShouldBe(new TimeSpan(0, 0, 25, 30, 694));
        rows[0].FastestLapTime.ShouldBe(new TimeSpan(0, 0, 1, 40, 747));
        rows[1].GapFirst.ShouldBe(new TimingGap(TimeSpan.FromMilliseconds(156), null));
        rows[2].GapPrevious.ShouldBe(new TimingGap(null, 5));
        rows[0].FastestLapKph.ShouldBe(161.2m);
    }

    [Fact]
    public void The_results_layout_for_crews_reads_each_driver_in_order_and_skips_empty_places()
    {
        var rows = Parse(Crews).Rows;

        rows[0].Drivers.ShouldBe(["Marcus LEE", "Kenji WATANABE", "Ivan PETROV"]);
        rows[1].Drivers.ShouldBe(["Lucas NG"]);
        (rows[0].Team, rows[0].Vehicle, rows[0].Group, rows[0].Division).ShouldBe(("Harbour Racing", "Porsche 911 GT3 R (992)", "", ""));
        rows[0].TotalTime.ShouldBe(new TimeSpan(0, 0, 45, 30, 694));
        rows[1].Status.ShouldBe(ResultStatus.DNF);
        rows[1].GapFirst.ShouldBe(new TimingGap(null, 32));
    }

    [Theory]
    [InlineData("Classified", ResultStatus.Classified, false)]
    [InlineData("Classified not running", ResultStatus.Classified, true)]
    [InlineData("Classified†", ResultStatus.Classified, true)]
    [InlineData("NOT CLASSIFIED", ResultStatus.NotClassified, false)]
    [InlineData("retired", ResultStatus.DNF, false)]
    [InlineData("DNF", ResultStatus.DNF, false)]
    [InlineData("dns", ResultStatus.DNS, false)]
    [InlineData("DSQ", ResultStatus.DSQ, false)]
    [InlineData("DISQUALIFIED", ResultStatus.DSQ, false)]
    [InlineData("excluded", ResultStatus.DSQ, false)]
    public void Status_words_are_read_in_any_case(string word, ResultStatus status, bool notRunning)
    {
        var csv = $"POSITION;NUMBER;STATUS;LAPS\n1;7;{word};14\n";

        var row = Parse(csv).Rows.ShouldHaveSingleItem();

        (row.Status, row.NotRunning).ShouldBe((status, notRunning));
    }

    [Fact]
    public async Task A_results_export_as_bytes_with_a_byte_order_mark_reads_as_its_text_does()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Results));

        var result = await TimingCsvParser.ParseAsync(stream);

        result.Rows.Select(r => r.CarNumber).ShouldBe([7, 8, 11, 27, 99]);
    }

    public static TheoryData<string, string, int, string> Refusals => new()
    {
        {
            "a gap",
            "POSITION;NUMBER;STATUS;LAPS;\n1;7;Classified;14;\n2;8;Classified;14;\n4;11;Classified;14;\n",
            4, "Position 3 is missing: classified cars take positions 1 to 3 without gaps."
        },
        {
            "a repeat",
            "POSITION;NUMBER;STATUS;LAPS;\n1;7;Classified;14;\n2;8;Classified;14;\n2;11;Classified;14;\n",
            4, "Position 2 is already on line 3."
        },
        {
            "laps out of order",
            "POSITION;NUMBER;STATUS;LAPS;\n1;7;Classified;14;\n2;8;Classified;13;\n3;11;Classified;14;\n",
            4, "Car 11 at position 3 has 14 laps, more than car 8 ahead of it at position 2 on line 3 with 13."
        },
        {
            "a missing column",
            "POSITION;NUMBER;LAPS;TOTAL_TIME;\n1;7;14;25:30.694;\n",
            1, "The header has no STATUS column; a timing export needs POSITION, NUMBER, STATUS, LAPS."
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_names_its_line_and_reason(string refusal, string csv, int line, string reason)
    {
        var result = TimingCsvParser.Parse(csv);

        result.Rows.ShouldBeEmpty(refusal);
        result.Errors.ShouldBe([new TimingError(line, reason)], refusal);
    }
}
