using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

public sealed class InsightsViewsTests
{
    private static readonly DateTime Now = new(2027, 5, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);
    private static readonly Guid Series = Guid.NewGuid();
    private static readonly Guid Season = Guid.NewGuid();

    [Fact]
    public void The_calendar_orders_events_by_the_instant_they_start_at_the_circuit_not_by_their_local_date()
    {
        var samoa = Event("us", "Pacific/Pago_Pago", new DateOnly(2027, 6, 9));
        var kiritimati = Event("asia-pacific", "Pacific/Kiritimati", new DateOnly(2027, 6, 10));
        var london = Event("europe", "Europe/London", new DateOnly(2027, 6, 9));

        var calendar = Views(events: [samoa, kiritimati, london]).Calendar(null, null);

        calendar.Items.Select(e => e.Region).ShouldBe(["europe", "asia-pacific", "us"]);
        calendar.Items[0].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 8, 23, 0, 0, DateTimeKind.Utc)); // BST
        calendar.Items[1].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 9, 10, 0, 0, DateTimeKind.Utc));
        calendar.Items[2].StartsAtUtc.ShouldBe(new DateTime(2027, 6, 9, 11, 0, 0, DateTimeKind.Utc));
        calendar.Items[1].StartsAt.Offset.ShouldBe(TimeSpan.FromHours(14));
    }

    [Fact]
    public void The_calendar_keeps_events_overlapping_the_requested_dates()
    {
        var before = Event("europe", "UTC", new DateOnly(2027, 5, 28), new DateOnly(2027, 5, 30));
        var overlapping = Event("europe", "UTC", new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 2));
        var after = Event("europe", "UTC", new DateOnly(2027, 7, 1));

        var calendar = Views(events: [before, overlapping, after]).Calendar(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30));

        calendar.Items.ShouldHaveSingleItem().EventId.ShouldBe(overlapping.Id);
    }

    [Fact]
    public void An_event_dated_before_the_first_representable_instant_does_not_fail_the_calendar()
    {
        // Year 1 in Tokyo begins before 0001-01-01T00:00Z; a region accepted such dates once, and its rows may still be here.
        var yearOne = Event("asia-pacific", "Asia/Tokyo", new DateOnly(1, 1, 1), new DateOnly(1, 1, 2));
        var lastDay = Event("us", "Pacific/Pago_Pago", new DateOnly(9999, 12, 31));
        var normal = Event("europe", "Europe/London", new DateOnly(2027, 6, 9));

        var calendar = Views(events: [normal, yearOne, lastDay]).Calendar(null, null);

        calendar.Items.Select(e => e.EventId).ShouldBe([yearOne.Id, normal.Id, lastDay.Id]);
        calendar.Items[0].StartsAt.ShouldBe(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero));
        calendar.Items[2].StartsAt.Offset.ShouldBe(TimeSpan.FromHours(-11));
    }

    [Fact]
    public void A_region_not_heard_from_within_the_threshold_is_stale_in_every_view()
    {
        var freshness = new List<RegionFreshness>
        {
            new() { Region = "europe", LastMessageAtUtc = Now.AddSeconds(-30) },
            new() { Region = "us", LastMessageAtUtc = Now.AddMinutes(-5) },
        };
        var views = new InsightsViews(Snapshot(freshness, events: [Event("us", "UTC", new DateOnly(2027, 6, 1))]), Now, StaleAfter);

        views.Overview().Regions.Single(r => r.Region == "us").Stale.ShouldBeTrue();
        views.Overview().Regions.Single(r => r.Region == "europe").Stale.ShouldBeFalse();
        views.Overview().Items.Single(r => r.Region == "us").Stale.ShouldBeTrue();
        views.Calendar(null, null).Items.ShouldHaveSingleItem().RegionStale.ShouldBeTrue();
    }

    [Fact]
    public void The_overview_counts_what_each_region_runs_and_only_live_entries_and_coming_events()
    {
        var cars = new List<Fact<CarState>>
        {
            new("europe", Guid.NewGuid(), new CarState("WP0-1", Guid.NewGuid(), "992-CUP", Guid.NewGuid())),
            new("europe", Guid.NewGuid(), new CarState("WP0-2", Guid.NewGuid(), "992-CUP", Guid.NewGuid())),
            new("europe", Guid.NewGuid(), new CarState("WP0-3", Guid.NewGuid(), "992-GT3-R", Guid.NewGuid())),
            new("us", Guid.NewGuid(), new CarState("WP0-4", Guid.NewGuid(), "992-CUP", Guid.NewGuid())),
        };
        var entries = new List<Fact<EntryState>>
        {
            Entry("europe", "992-CUP", "Entered"),
            Entry("europe", "992-GT3-R", "Withdrawn"),
            Entry("us", "992-CUP", "Entered"),
        };
        var events = new List<Fact<EventState>>
        {
            Event("europe", "UTC", new DateOnly(2027, 6, 1)),
            Event("europe", "UTC", new DateOnly(2027, 4, 1)),
            Event("europe", "UTC", new DateOnly(2027, 6, 8), status: "Cancelled"),
        };

        var views = Views(cars: cars, entries: entries, events: events);

        var europe = views.Overview().Items.Single(r => r.Region == "europe");
        europe.Cars.ShouldBe(3);
        europe.CarsPerModel.ShouldBe(new Dictionary<string, int> { ["992-CUP"] = 2, ["992-GT3-R"] = 1 });
        europe.Entries.ShouldBe(1);
        europe.UpcomingEvents.ShouldBe(1);

        var cup = views.CarModels().Items.Single(m => m.CarModelCode == "992-CUP");
        cup.Cars.ShouldBe(3);
        cup.Entries.ShouldBe(2);
        cup.Regions.Select(r => (r.Region, r.Cars, r.Entries)).ShouldBe([("europe", 2, 1), ("us", 1, 1)]);
        views.CarModels().Items.Single(m => m.CarModelCode == "992-GT3-R").Entries.ShouldBe(0);
    }

    [Fact]
    public void Training_compliance_lists_teams_lacking_a_valid_engineer_or_mechanic_for_a_model_they_run()
    {
        var compliant = Guid.NewGuid();
        var lacking = Guid.NewGuid();
        var cars = new List<Fact<CarState>>
        {
            new("europe", Guid.NewGuid(), new CarState("WP0-1", Guid.NewGuid(), "992-CUP", compliant)),
            new("europe", Guid.NewGuid(), new CarState("WP0-2", Guid.NewGuid(), "992-CUP", lacking)),
            new("europe", Guid.NewGuid(), new CarState("WP0-3", Guid.NewGuid(), "992-GT3-R", lacking)),
        };
        var certificates = new List<Fact<CertificateState>>
        {
            Certificate(compliant, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
            Certificate(compliant, "Mechanic", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
            Certificate(lacking, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
            // Expires the day the view is computed: no longer valid.
            Certificate(lacking, "Mechanic", "992-CUP", passed: new DateOnly(2025, 5, 1), expires: new DateOnly(2027, 5, 1)),
            Certificate(lacking, "Engineer", "992-GT3-R", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
            Certificate(lacking, "Mechanic", "992-GT3-R", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
        };
        var views = new InsightsViews(
            new InsightsFacts([new RegionFreshness { Region = "europe", LastMessageAtUtc = Now }]).With<TeamState>([]).With(cars).With(certificates), Now, StaleAfter);

        var all = views.TrainingCompliance(onlyLacking: false).Items;
        all.Single(t => t.TeamId == compliant).Compliant.ShouldBeTrue();
        var gap = views.TrainingCompliance(onlyLacking: true).Items.ShouldHaveSingleItem();
        gap.TeamId.ShouldBe(lacking);
        gap.CarModels.ShouldBe([new ModelCompliance("992-CUP", true, false), new ModelCompliance("992-GT3-R", true, true)]);
    }

    [Fact]
    public void A_revoked_certificate_does_not_count_for_training_compliance()
    {
        var team = Guid.NewGuid();
        var cars = new List<Fact<CarState>> { new("europe", Guid.NewGuid(), new CarState("WP0-1", Guid.NewGuid(), "992-CUP", team)) };
        var certificates = new List<Fact<CertificateState>>
        {
            Certificate(team, "Engineer", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1), revoked: new DateOnly(2026, 9, 1)),
            Certificate(team, "Mechanic", "992-CUP", passed: new DateOnly(2026, 5, 1), expires: new DateOnly(2028, 5, 1)),
        };
        var views = new InsightsViews(
            new InsightsFacts([new RegionFreshness { Region = "europe", LastMessageAtUtc = Now }]).With<TeamState>([]).With(cars).With(certificates), Now, StaleAfter);

        views.TrainingCompliance(onlyLacking: true).Items.ShouldHaveSingleItem()
            .CarModels.ShouldBe([new ModelCompliance("992-CUP", CertifiedEngineer: false, CertifiedMechanic: true)]);
    }

    private static Fact<CertificateState> Certificate(Guid team, string role, string model, DateOnly passed, DateOnly expires, DateOnly? revoked = null) =>
        new("europe", Guid.NewGuid(), new CertificateState(team, Guid.NewGuid(), "Crew member", role, model, "COURSE", passed, expires, revoked));

    private static InsightsViews Views(
        IReadOnlyList<Fact<CarState>>? cars = null, IReadOnlyList<Fact<EntryState>>? entries = null, IReadOnlyList<Fact<EventState>>? events = null) =>
        new(Snapshot(
            [
                new RegionFreshness { Region = "europe", LastMessageAtUtc = Now },
                new RegionFreshness { Region = "us", LastMessageAtUtc = Now },
                new RegionFreshness { Region = "asia-pacific", LastMessageAtUtc = Now },
            ],
            cars, entries, events), Now, StaleAfter);

    private static InsightsFacts Snapshot(
        IReadOnlyList<RegionFreshness> freshness,
        IReadOnlyList<Fact<CarState>>? cars = null,
        IReadOnlyList<Fact<EntryState>>? entries = null,
        IReadOnlyList<Fact<EventState>>? events = null) =>
        new InsightsFacts(freshness)
            .With<TeamState>([]).With<DriverState>([]).With(cars ?? []).With(events ?? []).With(entries ?? []).With<SeriesState>([]);

    private static Fact<EventState> Event(string region, string timeZone, DateOnly start, DateOnly? end = null, string status = "Scheduled") =>
        new(region, Guid.NewGuid(), new EventState(Series, Season, $"Round at {timeZone}", "Circuit", start, end ?? start, timeZone, status, []));

    private static Fact<EntryState> Entry(string region, string model, string status) =>
        new(region, Guid.NewGuid(), new EntryState(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), model, 7, "Pro", [Guid.NewGuid()], status, null, null));
}
