using Motorsport.Regional.Events;

namespace Motorsport.UnitTests.Events;

public sealed class EventScheduleTests
{
    [Theory]
    [InlineData("2027-06-11", true)]
    [InlineData("2026-11-28", true)] // a winter series' opener, the year before
    [InlineData("2028-02-20", true)] // and its finale, the year after
    [InlineData("2025-12-31", false)]
    [InlineData("2029-01-01", false)]
    [InlineData("2031-06-11", false)]
    public void An_event_falls_in_its_seasons_year_or_the_year_either_side(string date, bool within) =>
        EventSchedule.WithinSeason(DateOnly.Parse(date), 2027).ShouldBe(within);

    [Fact]
    public void Dates_outside_the_season_name_the_first_date_that_is_out()
    {
        EventSchedule.OutsideSeason(new DateOnly(2031, 6, 11), new DateOnly(2031, 6, 13), 2027)!.Value.Field.ShouldBe("startDate");
        EventSchedule.OutsideSeason(new DateOnly(2028, 12, 30), new DateOnly(2029, 1, 2), 2027)!.Value.Field.ShouldBe("endDate");
        EventSchedule.OutsideSeason(new DateOnly(2027, 12, 30), new DateOnly(2028, 1, 2), 2027).ShouldBeNull();
    }

    [Fact]
    public void An_event_has_ended_from_its_last_day_in_the_circuits_zone_not_in_UTC()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var lastDay = new DateOnly(2027, 6, 13);

        // 20:00 UTC on the 12th is already the 13th in Tokyo, and still the 12th in New York.
        var now = new DateTimeOffset(2027, 6, 12, 20, 0, 0, TimeSpan.Zero);

        EventSchedule.HasEnded(lastDay, now, tokyo).ShouldBeTrue();
        EventSchedule.HasEnded(lastDay, now, newYork).ShouldBeFalse();
        EventSchedule.HasEnded(lastDay, now, TimeZoneInfo.Utc).ShouldBeFalse();
        EventSchedule.HasEnded(lastDay, now.AddDays(1), TimeZoneInfo.Utc).ShouldBeTrue();
    }

    [Fact]
    public void An_event_has_started_from_its_first_day_in_the_circuits_zone()
    {
        var firstDay = new DateOnly(2027, 6, 11);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        // 20:00 UTC on the 10th is already the 11th in Tokyo, and still the 10th in New York.
        var now = new DateTimeOffset(2027, 6, 10, 20, 0, 0, TimeSpan.Zero);

        EventSchedule.HasStarted(firstDay, now, tokyo).ShouldBeTrue();
        EventSchedule.HasStarted(firstDay, now, newYork).ShouldBeFalse();
        EventSchedule.HasStarted(firstDay, now, TimeZoneInfo.Utc).ShouldBeFalse();
        EventSchedule.HasStarted(firstDay, now.AddDays(1), TimeZoneInfo.Utc).ShouldBeTrue();
        EventSchedule.HasStarted(firstDay, now.AddDays(30), newYork).ShouldBeTrue();
    }

    [Fact]
    public void A_zone_the_system_does_not_find_is_taken_as_utc()
    {
        EventSchedule.CircuitZone("Mars/Olympus_Mons").ShouldBe(TimeZoneInfo.Utc);
        EventSchedule.CircuitZone("Asia/Tokyo").Id.ShouldBe("Asia/Tokyo");
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Asia/Singapore", "Asia/Singapore")]
    [InlineData("UTC", "UTC")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("ASIA/SINGAPORE", "Asia/Singapore")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("W. Europe Standard Time", null)]
    [InlineData("Eastern Standard Time", null)]
    [InlineData("Mars/Olympus_Mons", null)]
    public void Only_IANA_zones_are_taken_and_in_their_IANA_spelling(string id, string? iana) =>
        EventSchedule.IanaTimeZone(id).ShouldBe(iana);
}
