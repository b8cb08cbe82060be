using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

/// <summary>Headquarters' views as the API answers them: changes applied to the read model, then the view read from its projections.</summary>
public sealed class InsightsViewsTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2027, 5, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Series = Guid.NewGuid();
    private static readonly Guid Season = Guid.NewGuid();
    private static readonly PageQuery FirstPage = new(null, null);

    private SqliteReadModel readModel = null!;

    public async Task InitializeAsync() => readModel = await SqliteReadModel.CreateAsync();

    public async Task DisposeAsync() => await readModel.DisposeAsync();

    [Fact]
    public async Task The_calendar_orders_events_by_the_instant_they_start_at_the_circuit_not_by_their_local_date()
    {
        await Event("us", "Pacific/Pago_Pago", new DateOnly(2027, 6, 9));
        await Event("asia-pacific", "Pacific/Kiritimati", new DateOnly(2027, 6, 10));
        await Event("europe", "Europe/London", new DateOnly(2027, 6, 9));

        var calendar = await Read(reader => reader.CalendarAsync(null, null, FirstPage, CancellationToken.None));

        calendar.Items.Select(e => e.Region).ShouldBe(["europe", "asia-pacific", "us"]);
        calendar.Items[0].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 8, 23, 0, 0, DateTimeKind.Utc)); // BST
        calendar.Items[1].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 9, 10, 0, 0, DateTimeKind.Utc));
        calendar.Items[2].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 9, 11, 0, 0, DateTimeKind.Utc));
        calendar.Items[1].StartsAt.Offset.ShouldBe(TimeSpan.FromHours(14));
    }

    [Fact]
    public async Task The_calendar_is_paged_in_its_order_and_counts_every_event_in_range()
    {
        var first = await Event("europe", "Pacific/Kiritimati", new DateOnly(2027, 6, 10));
        var second = await Event("us", "Pacific/Pago_Pago", new DateOnly(2027, 6, 9));
        var third = await Event("asia-pacific", "Asia/Tokyo", new DateOnly(2027, 6, 11));
        await Event("europe", "UTC", new DateOnly(2027, 8, 1));

        var pages = new List<InsightsPage<CalendarEvent>>();
        foreach (var page in new[] { 1, 2 })
        {
            pages.Add(await Read(reader => reader.CalendarAsync(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), new PageQuery(page, 2), CancellationToken.None)));
        }

        pages.SelectMany(p => p.Items).Select(e => e.EventId).ShouldBe([first, second, third]);
        pages.Select(p => (p.Page, p.PageSize, p.TotalCount, p.Items.Count)).ShouldBe([(1, 2, 3, 2), (2, 2, 3, 1)]);
    }

    [Fact]
    public async Task The_calendar_keeps_events_overlapping_the_requested_dates_and_names_their_series()
    {
        await readModel.ApplyAsync("europe", Series, new SeriesState("CUP", "Carrera Cup", [], [new SeasonState(Season, 2027, "2027")], new SeriesSettingsState(false)), Now);
        await Event("europe", "UTC", new DateOnly(2027, 5, 28), new DateOnly(2027, 5, 30));
        var overlapping = await Event("europe", "UTC", new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 2));
        await Event("europe", "UTC", new DateOnly(2027, 7, 1));

        var calendar = await Read(reader => reader.CalendarAsync(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), FirstPage, CancellationToken.None));

        var only = calendar.Items.ShouldHaveSingleItem();
        (only.EventId, only.Series).ShouldBe((overlapping, "Carrera Cup"));
    }

    [Fact]
    public async Task An_event_dated_before_the_first_representable_instant_does_not_fail_the_calendar()
    {
        // Year 1 in Tokyo begins before 0001-01-01T00:00Z; a region accepted such dates once, and its rows may still be here.
        var yearOne = await Event("asia-pacific", "Asia/Tokyo", new DateOnly(1, 1, 1), new DateOnly(1, 1, 2));
        var lastDay = await Event("us", "Pacific/Pago_Pago", new DateOnly(9999, 12, 31));
        var normal = await Event("europe", "Europe/London", new DateOnly(2027, 6, 9));

        var calendar = await Read(reader => reader.CalendarAsync(null, null, FirstPage, CancellationToken.None));

        calendar.Items.Select(e => e.EventId).ShouldBe([yearOne, normal, lastDay]);
        calendar.Items[0].StartsAt.ShouldBe(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero));
        calendar.Items[2].StartsAt.Offset.ShouldBe(TimeSpan.FromHours(-11));
    }

    [Fact]
    public async Task A_region_not_heard_from_within_the_threshold_is_stale_in_every_view()
    {
        await readModel.ApplyAsync("us", Guid.NewGuid(), EventState("UTC", new DateOnly(2027, 6, 1)), Now.AddMinutes(-5));
        await readModel.HeardAsync("europe", Now.AddSeconds(-30));

        var overview = await Read(reader => reader.OverviewAsync(CancellationToken.None));
        var calendar = await Read(reader => reader.CalendarAsync(null, null, FirstPage, CancellationToken.None));

        overview.Regions.Single(r => r.Region == "us").Stale.ShouldBeTrue();
        overview.Regions.Single(r => r.Region == "europe").Stale.ShouldBeFalse();
        overview.Items.Single(r => r.Region == "us").Stale.ShouldBeTrue();
        calendar.Items.ShouldHaveSingleItem().RegionStale.ShouldBeTrue();
    }

    [Fact]
    public async Task The_overview_counts_what_each_region_runs_and_only_live_entries_and_coming_events()
    {
        await Car("europe", "992-CUP", Guid.NewGuid());
        await Car("europe", "992-CUP", Guid.NewGuid());
        await Car("europe", "992-GT3-R", Guid.NewGuid());
        await Car("us", "992-CUP", Guid.NewGuid());
        await Entry("europe", "992-CUP", "Entered");
        await Entry("europe", "992-GT3-R", "Withdrawn");
        await Entry("us", "992-CUP", "Entered");
        await Event("europe", "UTC", new DateOnly(2027, 6, 1));
        await Event("europe", "UTC", new DateOnly(2027, 4, 1));
        await Event("europe", "UTC", new DateOnly(2027, 6, 8), status: "Cancelled");
        // At noon UTC on 1 May it is already 2 May at Kiritimati (UTC+14), and still 1 May at Pago Pago (UTC-11).
        await Event("europe", "Pacific/Kiritimati", new DateOnly(2027, 5, 1));
        await Event("europe", "Pacific/Pago_Pago", new DateOnly(2027, 5, 1));
        await readModel.ApplyAsync("europe", Guid.NewGuid(), new TeamState("Team", "DE", [], []), Now);
        await readModel.ApplyAsync("europe", Guid.NewGuid(), new DriverState("Ada", "Racer", "DE", new DateOnly(2000, 1, 1), "Silver"), Now);

        var overview = await Read(reader => reader.OverviewAsync(CancellationToken.None));
        var carModels = await Read(reader => reader.CarModelsAsync(CancellationToken.None));

        var europe = overview.Items.Single(r => r.Region == "europe");
        (europe.Teams, europe.Drivers, europe.Cars).ShouldBe((1, 1, 3));
        europe.CarsPerModel.ShouldBe(new Dictionary<string, int> { ["992-CUP"] = 2, ["992-GT3-R"] = 1 });
        europe.Entries.ShouldBe(1);
        europe.UpcomingEvents.ShouldBe(2);

        var cup = carModels.Items.Single(m => m.CarModelCode == "992-CUP");
        cup.Cars.ShouldBe(3);
        cup.Entries.ShouldBe(2);
        cup.Regions.Select(r => (r.Region, r.Cars, r.Entries)).ShouldBe([("europe", 2, 1), ("us", 1, 1)]);
        carModels.Items.Single(m => m.CarModelCode == "992-GT3-R").Entries.ShouldBe(0);
    }

    [Fact]
    public async Task A_late_older_version_does_not_move_a_projection_back()
    {
        var car = Guid.NewGuid();
        var team = Guid.NewGuid();
        await readModel.ApplyAsync("europe", car, new CarState("WP0-1", Guid.NewGuid(), "992-GT3-R", team), Now, version: 2);
        await readModel.ApplyAsync("europe", car, new CarState("WP0-1", Guid.NewGuid(), "992-CUP", team), Now, version: 1);

        var overview = await Read(reader => reader.OverviewAsync(CancellationToken.None));

        overview.Items.Single(r => r.Region == "europe").CarsPerModel.ShouldBe(new Dictionary<string, int> { ["992-GT3-R"] = 1 });
    }

    [Fact]
    public async Task Training_compliance_lists_teams_lacking_a_valid_engineer_or_mechanic_for_a_model_they_run()
    {
        var compliant = await Team("Alpha");
        var lacking = await Team("Beta");
        await Car("europe", "992-CUP", compliant);
        await Car("europe", "992-CUP", lacking);
        await Car("europe", "992-GT3-R", lacking);
        await Certificate(compliant, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));
        await Certificate(compliant, "Mechanic", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));
        await Certificate(lacking, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));
        // Expires the day the view is computed: no longer valid.
        await Certificate(lacking, "Mechanic", "992-CUP", passed: new DateOnly(2025, 5, 1), expires: new DateOnly(2027, 5, 1));
        // Passed tomorrow: not valid yet.
        await Certificate(lacking, "Mechanic", "992-CUP", passed: new DateOnly(2027, 5, 2), expires: new DateOnly(2029, 5, 2));
        await Certificate(lacking, "Engineer", "992-GT3-R", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));
        await Certificate(lacking, "Mechanic", "992-GT3-R", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));

        var all = await Read(reader => reader.TrainingComplianceAsync(onlyLacking: false, FirstPage, CancellationToken.None));
        var gaps = await Read(reader => reader.TrainingComplianceAsync(onlyLacking: true, FirstPage, CancellationToken.None));

        all.Items.Select(t => (t.Team, t.Compliant)).ShouldBe([("Alpha", true), ("Beta", false)]);
        var gap = gaps.Items.ShouldHaveSingleItem();
        gap.TeamId.ShouldBe(lacking);
        gap.CarModels.ShouldBe([new ModelCompliance("992-CUP", true, false), new ModelCompliance("992-GT3-R", true, true)]);
    }

    [Fact]
    public async Task Training_compliance_pages_the_teams_by_name_and_counts_only_those_it_keeps()
    {
        foreach (var name in new[] { "Delta", "Alpha", "Charlie", "Bravo" })
        {
            await Car("europe", "992-CUP", await Team(name));
        }

        var certified = await Team("Echo");
        await Car("europe", "992-CUP", certified);
        await Certificate(certified, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));
        await Certificate(certified, "Mechanic", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));

        var second = await Read(reader => reader.TrainingComplianceAsync(onlyLacking: true, new PageQuery(2, 3), CancellationToken.None));
        var all = await Read(reader => reader.TrainingComplianceAsync(onlyLacking: false, new PageQuery(2, 3), CancellationToken.None));

        second.Items.Select(t => t.Team).ShouldBe(["Delta"]);
        second.TotalCount.ShouldBe(4);
        all.Items.Select(t => (t.Team, t.Compliant)).ShouldBe([("Delta", false), ("Echo", true)]);
        all.TotalCount.ShouldBe(5);
    }

    [Fact]
    public async Task A_revoked_certificate_does_not_count_for_training_compliance()
    {
        var team = await Team("Alpha");
        await Car("europe", "992-CUP", team);
        await Certificate(team, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1), revoked: new DateOnly(2026, 9, 1));
        await Certificate(team, "Mechanic", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1));

        var gaps = await Read(reader => reader.TrainingComplianceAsync(onlyLacking: true, FirstPage, CancellationToken.None));

        gaps.Items.ShouldHaveSingleItem().CarModels.ShouldBe([new ModelCompliance("992-CUP", CertifiedEngineer: false, CertifiedMechanic: true)]);
    }

    [Fact]
    public async Task Standings_are_found_by_series_code_in_any_case_with_the_year_of_their_season()
    {
        var other = Guid.NewGuid();
        await readModel.ApplyAsync("europe", Series, new SeriesState("CUP", "Carrera Cup", [], [new SeasonState(Season, 2027, "2027")], new SeriesSettingsState(false)), Now);
        await readModel.ApplyAsync("europe", other, new SeriesState("GT", "GT Sprint", [], [], new SeriesSettingsState(false)), Now);
        var table = new StandingsTableState("Overall", []);
        await readModel.ApplyAsync("europe", Season, new StandingsState(Series, Season, Provisional: true, [table]), Now);
        await readModel.ApplyAsync("europe", Guid.NewGuid(), new StandingsState(other, Guid.NewGuid(), Provisional: false, []), Now);

        var cup = await Read(reader => reader.StandingsAsync("cup", FirstPage, CancellationToken.None));
        var all = await Read(reader => reader.StandingsAsync(null, FirstPage, CancellationToken.None));

        var season = cup.Items.ShouldHaveSingleItem();
        (season.SeriesCode, season.Series, season.Year, season.Provisional, season.Tables.Single().Classification).ShouldBe(("CUP", "Carrera Cup", 2027, true, "Overall"));
        all.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Standings_are_paged_by_region_series_and_the_year_the_region_sent()
    {
        await readModel.ApplyAsync("europe", Series, new SeriesState("CUP", "Carrera Cup", [], [], new SeriesSettingsState(false)), Now);
        foreach (var year in new[] { 2028, 2026, 2027 })
        {
            await readModel.ApplyAsync("europe", Guid.NewGuid(), new StandingsState(Series, Guid.NewGuid(), Provisional: false, [], year), Now);
        }

        await readModel.ApplyAsync("asia-pacific", Guid.NewGuid(), new StandingsState(Guid.NewGuid(), Guid.NewGuid(), Provisional: false, [], 2025), Now);

        var first = await Read(reader => reader.StandingsAsync(null, new PageQuery(1, 3), CancellationToken.None));
        var second = await Read(reader => reader.StandingsAsync(null, new PageQuery(2, 3), CancellationToken.None));

        first.Items.Concat(second.Items).Select(s => (s.Region, s.Year)).ShouldBe([("asia-pacific", 2025), ("europe", 2026), ("europe", 2027), ("europe", 2028)]);
        (first.TotalCount, second.Items.Count).ShouldBe((4, 1));
    }

    [Fact]
    public async Task Enrolments_are_counted_per_region_and_status()
    {
        foreach (var (region, status) in new[] { ("europe", "Enrolled"), ("europe", "Enrolled"), ("europe", "Passed"), ("us", "Cancelled") })
        {
            await readModel.ApplyAsync(region, Guid.NewGuid(), new EnrolmentState(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Crew member", status), Now);
        }

        var training = await Read(reader => reader.TrainingAsync(CancellationToken.None));

        training.Items.Single(r => r.Region == "europe").EnrolmentsByStatus.ShouldBe(new Dictionary<string, int> { ["Enrolled"] = 2, ["Passed"] = 1 });
        training.Items.Single(r => r.Region == "us").EnrolmentsByStatus.ShouldBe(new Dictionary<string, int> { ["Cancelled"] = 1 });
    }

    [Fact]
    public async Task Forgetting_the_read_model_empties_every_view()
    {
        await Car("europe", "992-CUP", await Team("Alpha"));
        await Event("europe", "UTC", new DateOnly(2027, 6, 1));

        await using (var db = readModel.Context())
        {
            await new ReadModelStore(db).ClearAsync(CancellationToken.None);
        }

        (await Read(reader => reader.OverviewAsync(CancellationToken.None))).Regions.ShouldBeEmpty();
        (await Read(reader => reader.CarModelsAsync(CancellationToken.None))).Items.ShouldBeEmpty();
        (await Read(reader => reader.CalendarAsync(null, null, FirstPage, CancellationToken.None))).Items.ShouldBeEmpty();
        (await Read(reader => reader.TrainingComplianceAsync(onlyLacking: false, FirstPage, CancellationToken.None))).Items.ShouldBeEmpty();
    }

    private Task<T> Read<T>(Func<InsightsReader, Task<T>> read) => readModel.ReadAsync(Now, read);

    private static EventState EventState(string timeZone, DateOnly start, DateOnly? end = null, string status = "Scheduled") =>
        new(Series, Season, $"Round at {timeZone} on {start}", "Circuit", start, end ?? start, timeZone, status, []);

    private async Task<Guid> Event(string region, string timeZone, DateOnly start, DateOnly? end = null, string status = "Scheduled")
    {
        var id = Guid.NewGuid();
        await readModel.ApplyAsync(region, id, EventState(timeZone, start, end, status), Now);
        return id;
    }

    private Task Car(string region, string model, Guid team) =>
        readModel.ApplyAsync(region, Guid.NewGuid(), new CarState($"WP0-{Guid.NewGuid():N}", Guid.NewGuid(), model, team), Now);

    private Task Entry(string region, string model, string status) =>
        readModel.ApplyAsync(region, Guid.NewGuid(), new EntryState(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), model, 7, "Pro", [Guid.NewGuid()], status, null, null), Now);

    private async Task<Guid> Team(string name)
    {
        var id = Guid.NewGuid();
        await readModel.ApplyAsync("europe", id, new TeamState(name, "DE", [], []), Now);
        return id;
    }

    private Task Certificate(Guid team, string role, string model, DateOnly passed, DateOnly expires, DateOnly? revoked = null) =>
        readModel.ApplyAsync("europe", Guid.NewGuid(), new CertificateState(team, Guid.NewGuid(), "Crew member", role, model, "COURSE", passed, expires, revoked), Now);
}
