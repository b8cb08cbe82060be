using System.Net;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Messaging;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Every regional change leaves through the outbox as a <c>…Changed</c> event with region, id, version and full state.
/// Headquarters does not consume them yet, so this test binds its own queue to their exchanges and watches.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RegionalEventsOnBusTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Region = "europe";

    private BusObserver bus = null!;

    public async Task InitializeAsync() => bus = await BusObserver.StartAsync("regional-events", watch => watch.For<SeriesChanged>().For<TeamChanged>().For<DriverChanged>().For<CarChanged>().For<EngineerChanged>().For<EventChanged>().For<EntryChanged>());

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Every_change_publishes_its_regional_event_with_region_version_and_full_state()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var series = await api.CreateSeriesWithSeasonAsync(2027, "BUS");
        var seriesId = RegionalApi.Id(series);
        var seasonId = series.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        var engineer = RegionalApi.Id(await api.CreateEngineerAsync("Support"));
        var team = await api.CreateTeamAsync(seasonId);
        var teamId = RegionalApi.Id(team);
        var driver = RegionalApi.Id(await api.CreateDriverAsync("1997-03-30", "Platinum"));
        var car = await api.CreateCarAsync(teamId, model);
        var racingEvent = RegionalApi.Id(await api.CreateEventAsync(seasonId, engineer, engineer));
        var (status, entry) = await api.EnterAsync(racingEvent, teamId, RegionalApi.Id(car), 17, "Pro", driver);
        status.ShouldBe(HttpStatusCode.Created);
        await api.OkAsync(HttpMethod.Post, $"entries/{RegionalApi.Id(entry)}/withdraw", new { reason = "Budget", version = 1 });

        var seriesChanged = await bus.WaitFor<SeriesChanged>(m => m.SeriesId == seriesId && m.Version == 2);
        seriesChanged.Region.ShouldBe(Region);
        seriesChanged.State.Classes.Select(c => c.Code).ShouldBe(["Pro", "Pro-Am", "Rookie"]);
        seriesChanged.State.Seasons.ShouldHaveSingleItem().SeasonId.ShouldBe(seasonId);
        seriesChanged.State.Settings.RequireCertifiedCrew.ShouldBeFalse();

        var teamChanged = await bus.WaitFor<TeamChanged>(m => m.TeamId == teamId && m.Version == 2);
        teamChanged.State.Name.ShouldBe(team.GetProperty("name").GetString());
        teamChanged.State.Licences.ShouldHaveSingleItem().SeasonId.ShouldBe(seasonId);
        (await bus.WaitFor<TeamChanged>(m => m.TeamId == teamId && m.Version == 1)).State.Licences.ShouldBeEmpty();

        (await bus.WaitFor<DriverChanged>(m => m.DriverId == driver)).State.FiaGrade.ShouldBe("Platinum");
        (await bus.WaitFor<CarChanged>(m => m.CarId == RegionalApi.Id(car))).State.CarModelCode.ShouldBe(model);
        (await bus.WaitFor<EngineerChanged>(m => m.EngineerId == engineer)).Region.ShouldBe(Region);

        var eventChanged = await bus.WaitFor<EventChanged>(m => m.EventId == racingEvent);
        eventChanged.State.Status.ShouldBe("Scheduled");
        eventChanged.State.Engineers.Select(e => e.Role).ShouldBe(["SupportEngineer", "PerformanceEngineer"]);

        var entered = await bus.WaitFor<EntryChanged>(m => m.EntryId == RegionalApi.Id(entry) && m.Version == 1);
        entered.State.Status.ShouldBe("Entered");
        entered.State.CarNumber.ShouldBe(17);
        entered.State.CarModelCode.ShouldBe(model);
        entered.State.DriverIds.ShouldBe([driver]);
        var withdrawn = await bus.WaitFor<EntryChanged>(m => m.EntryId == RegionalApi.Id(entry) && m.Version == 2);
        withdrawn.State.Status.ShouldBe("Withdrawn");
        withdrawn.State.WithdrawalReason.ShouldBe("Budget");
    }
}
