using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Teams;

namespace Motorsport.UnitTests.Entries;

/// <summary>Each rule is shown breaking on its own from an otherwise eligible entry, and holding at its limit.</summary>
public sealed class EntryEligibilityTests
{
    private static readonly Guid Team = Guid.NewGuid();
    private static readonly Guid OtherTeam = Guid.NewGuid();
    private static readonly Guid Car = Guid.NewGuid();
    private static readonly Guid Driver = Guid.NewGuid();
    private static readonly DateOnly EventStart = new(2027, 3, 12);
    private static readonly DateOnly EventEnd = new(2027, 3, 14);

    /// <summary>Round 1 at Sepang: a scheduled event, a 992 Cup car of the team, one Silver driver, a one-car licence.</summary>
    private static EntryFacts Eligible() => new()
    {
        Event = new EventFacts("Round 1 Sepang", EventStatus.Scheduled, EventStart, EventEnd),
        SeriesClasses = [new ClassFacts("Pro", null), new ClassFacts("Pro-Am", null), new ClassFacts("Rookie", 24)],
        RequireCertifiedCrew = true,
        TeamId = Team,
        Car = new CarFacts(Car, "WP0ZZZ99ZPS100001", Team, "992-GT3-CUP", CatalogStatus.Active, new DateOnly(2029, 12, 31)),
        CarNumber = 7,
        Class = "Pro",
        Drivers = [new DriverFacts(Driver, "Lena Kraus", new DateOnly(2001, 5, 20))],
        OtherEntries = [new OtherEntryFacts(OtherTeam, Guid.NewGuid(), 8, [Guid.NewGuid()])],
        LicenceCarsAllowed = [1],
        CrewCertificates =
        [
            new CrewCertificateFacts(CrewRole.Engineer, "992-GT3-CUP", new DateOnly(2026, 3, 6), new DateOnly(2028, 3, 6)),
            new CrewCertificateFacts(CrewRole.Mechanic, "992-GT3-CUP", new DateOnly(2026, 5, 15), new DateOnly(2028, 5, 15)),
        ],
    };

    private static CrewCertificateFacts Engineer => Eligible().CrewCertificates[0];

    private static CrewCertificateFacts Mechanic => Eligible().CrewCertificates[1];

    private static void ShouldBreak(EntryFacts facts, string rule, string field)
    {
        var rejection = EntryEligibility.Check(facts);
        rejection.ShouldNotBeNull();
        rejection.Rule.ShouldBe(rule);
        rejection.Field.ShouldBe(field);
        rejection.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_eligible_entry_breaks_no_rule() => EntryEligibility.Check(Eligible()).ShouldBeNull();

    [Theory]
    [InlineData(EventStatus.Cancelled)]
    [InlineData(EventStatus.Completed)]
    public void A_cancelled_or_completed_event_takes_no_entries(EventStatus status) =>
        ShouldBreak(Eligible() with { Event = Eligible().Event with { Status = status } }, EntryRules.EventNotOpen, "eventId");

    [Fact]
    public void A_class_the_series_does_not_run_is_refused() =>
        ShouldBreak(Eligible() with { Class = "GT3-Am" }, EntryRules.ClassNotInSeries, "class");

    [Fact]
    public void A_class_of_the_series_is_accepted_in_any_case() =>
        EntryEligibility.Check(Eligible() with { Class = "pro-am" }).ShouldBeNull();

    [Fact]
    public void A_car_of_another_team_is_refused() =>
        ShouldBreak(Eligible() with { Car = Eligible().Car with { OwnerTeamId = OtherTeam } }, EntryRules.CarNotOwnedByTeam, "carId");

    [Fact]
    public void A_car_of_a_retired_model_is_refused() =>
        ShouldBreak(Eligible() with { Car = Eligible().Car with { ModelStatus = CatalogStatus.Retired } }, EntryRules.CarModelNotActive, "carId");

    [Fact]
    public void A_homologation_ending_before_the_last_day_of_the_event_is_refused() =>
        ShouldBreak(
            Eligible() with { Car = Eligible().Car with { HomologationValidUntil = EventEnd.AddDays(-1) } },
            EntryRules.CarModelNotActive,
            "carId");

    [Fact]
    public void A_homologation_lasting_through_the_last_day_or_without_end_is_accepted()
    {
        EntryEligibility.Check(Eligible() with { Car = Eligible().Car with { HomologationValidUntil = EventEnd } }).ShouldBeNull();
        EntryEligibility.Check(Eligible() with { Car = Eligible().Car with { HomologationValidUntil = null } }).ShouldBeNull();
    }

    [Fact]
    public void A_car_already_standing_in_the_event_is_refused() =>
        ShouldBreak(
            Eligible() with { OtherEntries = [new OtherEntryFacts(Team, Car, 99, [Guid.NewGuid()])], LicenceCarsAllowed = [2] },
            EntryRules.CarAlreadyEntered,
            "carId");

    [Fact]
    public void A_car_number_taken_in_the_event_is_refused() =>
        ShouldBreak(Eligible() with { CarNumber = 8 }, EntryRules.CarNumberTaken, "carNumber");

    [Fact]
    public void A_number_free_in_the_event_is_accepted_even_if_used_elsewhere() =>
        EntryEligibility.Check(Eligible() with { CarNumber = 9 }).ShouldBeNull();

    [Fact]
    public void A_driver_already_in_another_entry_of_the_event_is_refused() =>
        ShouldBreak(
            Eligible() with { OtherEntries = [new OtherEntryFacts(OtherTeam, Guid.NewGuid(), 8, [Guid.NewGuid(), Driver])] },
            EntryRules.DriverAlreadyEntered,
            "driverIds");

    [Fact]
    public void A_driver_older_than_the_class_allows_on_the_first_day_is_refused() =>
        ShouldBreak(
            Eligible() with { Class = "Rookie", Drivers = [new DriverFacts(Driver, "Lena Kraus", EventStart.AddYears(-25))] },
            EntryRules.DriverAgeLimit,
            "driverIds");

    [Fact]
    public void A_driver_at_the_class_age_limit_on_the_first_day_is_accepted() =>
        EntryEligibility.Check(Eligible() with { Class = "Rookie", Drivers = [new DriverFacts(Driver, "Lena Kraus", EventStart.AddYears(-25).AddDays(1))] })
            .ShouldBeNull();

    [Fact]
    public void A_class_without_age_limit_takes_drivers_of_any_age() =>
        EntryEligibility.Check(Eligible() with { Drivers = [new DriverFacts(Driver, "Hans Alt", new DateOnly(1960, 1, 1))] }).ShouldBeNull();

    [Fact]
    public void A_team_without_licence_for_the_season_is_refused() =>
        ShouldBreak(Eligible() with { LicenceCarsAllowed = [] }, EntryRules.NoLicence, "teamId");

    [Fact]
    public void A_car_beyond_what_the_licences_allow_is_refused() =>
        ShouldBreak(
            Eligible() with { OtherEntries = [new OtherEntryFacts(Team, Guid.NewGuid(), 8, [Guid.NewGuid()])], LicenceCarsAllowed = [1] },
            EntryRules.LicenceCarLimit,
            "teamId");

    [Fact]
    public void Several_licences_of_the_team_add_up()
    {
        var twoCarsAlready = Eligible() with
        {
            OtherEntries = [new OtherEntryFacts(Team, Guid.NewGuid(), 8, [Guid.NewGuid()]), new OtherEntryFacts(Team, Guid.NewGuid(), 18, [Guid.NewGuid()])],
        };

        EntryEligibility.Check(twoCarsAlready with { LicenceCarsAllowed = [2, 1] }).ShouldBeNull();
        ShouldBreak(twoCarsAlready with { LicenceCarsAllowed = [2] }, EntryRules.LicenceCarLimit, "teamId");
    }

    [Fact]
    public void Other_teams_cars_do_not_count_against_the_licence() =>
        EntryEligibility.Check(Eligible() with
        {
            OtherEntries = [new OtherEntryFacts(OtherTeam, Guid.NewGuid(), 8, [Guid.NewGuid()]), new OtherEntryFacts(OtherTeam, Guid.NewGuid(), 18, [Guid.NewGuid()])],
        }).ShouldBeNull();

    [Fact]
    public void Without_a_certified_mechanic_the_entry_names_the_mechanic() =>
        ShouldBreak(Eligible() with { CrewCertificates = [Engineer] }, EntryRules.NoCertifiedMechanic, "teamId");

    [Fact]
    public void Without_a_certified_engineer_the_entry_names_the_engineer_first() =>
        ShouldBreak(Eligible() with { CrewCertificates = [] }, EntryRules.NoCertifiedEngineer, "teamId");

    [Fact]
    public void A_certificate_on_another_car_model_does_not_count() =>
        ShouldBreak(Eligible() with { CrewCertificates = [Engineer, Mechanic with { CarModelCode = "992-GT3-R" }] }, EntryRules.NoCertifiedMechanic, "teamId");

    [Fact]
    public void A_certificate_matches_the_car_model_in_any_case() =>
        EntryEligibility.Check(Eligible() with { CrewCertificates = [Engineer, Mechanic with { CarModelCode = "992-gt3-cup" }] }).ShouldBeNull();

    /// <summary>The expiry date is the first day a certificate no longer counts; it must count on the event's last day.</summary>
    [Theory]
    [InlineData("2027-03-15", true)]
    [InlineData("2027-03-14", false)]
    [InlineData("2027-03-13", false)]
    public void A_certificate_must_last_through_the_event_s_last_day(string expiresOn, bool eligible)
    {
        var facts = Eligible() with { CrewCertificates = [Engineer, Mechanic with { ExpiresOn = DateOnly.Parse(expiresOn) }] };

        if (eligible)
        {
            EntryEligibility.Check(facts).ShouldBeNull();
        }
        else
        {
            ShouldBreak(facts, EntryRules.NoCertifiedMechanic, "teamId");
        }
    }

    [Theory]
    [InlineData("2027-03-12", true)]
    [InlineData("2027-03-13", false)]
    public void A_certificate_must_already_count_on_the_event_s_first_day(string passedOn, bool eligible)
    {
        var facts = Eligible() with { CrewCertificates = [Engineer with { PassedOn = DateOnly.Parse(passedOn) }, Mechanic] };

        if (eligible)
        {
            EntryEligibility.Check(facts).ShouldBeNull();
        }
        else
        {
            ShouldBreak(facts, EntryRules.NoCertifiedEngineer, "teamId");
        }
    }

    [Fact]
    public void A_team_manager_certificate_qualifies_neither_engineer_nor_mechanic() =>
        ShouldBreak(Eligible() with { CrewCertificates = [Engineer, Mechanic with { Role = CrewRole.TeamManager }] }, EntryRules.NoCertifiedMechanic, "teamId");

    [Fact]
    public void With_the_series_switch_off_no_certificates_are_needed() =>
        EntryEligibility.Check(Eligible() with { RequireCertifiedCrew = false, CrewCertificates = [] }).ShouldBeNull();

    [Fact]
    public void The_first_broken_rule_in_order_is_the_answer() =>
        ShouldBreak(
            Eligible() with { Event = Eligible().Event with { Status = EventStatus.Cancelled }, Class = "Nope", CarNumber = 8, LicenceCarsAllowed = [] },
            EntryRules.EventNotOpen,
            "eventId");

    /// <summary>A 29 February birthday falls on 28 February in common years.</summary>
    [Theory]
    [InlineData("2001-03-12", "2027-03-12", 26)]
    [InlineData("2001-03-13", "2027-03-12", 25)]
    [InlineData("2004-02-29", "2027-02-27", 22)]
    [InlineData("2004-02-29", "2027-02-28", 23)]
    public void Age_counts_whole_years_on_the_day(string birth, string day, int age) =>
        EntryEligibility.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(day)).ShouldBe(age);
}
