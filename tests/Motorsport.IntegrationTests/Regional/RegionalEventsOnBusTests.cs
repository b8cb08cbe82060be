using System.Collections.Concurrent;
using System.Net;
using MassTransit;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Every regional change leaves through the outbox as a <c>…Changed</c> event with region, id, version and full state.
/// Headquarters does not consume them yet, so this test binds its own queue to their exchanges and watches.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RegionalEventsOnBusTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Region = "europe";

    private readonly ConcurrentQueue<object> received = new();
    private IBusControl bus = null!;

    public async Task InitializeAsync()
    {
        bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestEnvironment.RabbitMq);
            rabbit.ReceiveEndpoint($"regional-events-observer-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Observe<SeriesChanged>(endpoint);
                Observe<TeamChanged>(endpoint);
                Observe<DriverChanged>(endpoint);
                Observe<CarChanged>(endpoint);
                Observe<EngineerChanged>(endpoint);
                Observe<EventChanged>(endpoint);
                Observe<EntryChanged>(endpoint);
            });
        });
        await bus.StartAsync();
    }

    public async Task DisposeAsync() => await bus.StopAsync();

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

        var seriesChanged = await WaitFor<SeriesChanged>(m => m.SeriesId == seriesId && m.Version == 2);
        seriesChanged.Region.ShouldBe(Region);
        seriesChanged.State.Classes.Select(c => c.Code).ShouldBe(["Pro", "Pro-Am", "Rookie"]);
        seriesChanged.State.Seasons.ShouldHaveSingleItem().SeasonId.ShouldBe(seasonId);
        seriesChanged.State.Settings.RequireCertifiedCrew.ShouldBeFalse();

        var teamChanged = await WaitFor<TeamChanged>(m => m.TeamId == teamId && m.Version == 2);
        teamChanged.State.Name.ShouldBe(team.GetProperty("name").GetString());
        teamChanged.State.Licences.ShouldHaveSingleItem().SeasonId.ShouldBe(seasonId);
        (await WaitFor<TeamChanged>(m => m.TeamId == teamId && m.Version == 1)).State.Licences.ShouldBeEmpty();

        (await WaitFor<DriverChanged>(m => m.DriverId == driver)).State.FiaGrade.ShouldBe("Platinum");
        (await WaitFor<CarChanged>(m => m.CarId == RegionalApi.Id(car))).State.CarModelCode.ShouldBe(model);
        (await WaitFor<EngineerChanged>(m => m.EngineerId == engineer)).Region.ShouldBe(Region);

        var eventChanged = await WaitFor<EventChanged>(m => m.EventId == racingEvent);
        eventChanged.State.Status.ShouldBe("Scheduled");
        eventChanged.State.Engineers.Select(e => e.Role).ShouldBe(["SupportEngineer", "PerformanceEngineer"]);

        var entered = await WaitFor<EntryChanged>(m => m.EntryId == RegionalApi.Id(entry) && m.Version == 1);
        entered.State.Status.ShouldBe("Entered");
        entered.State.CarNumber.ShouldBe(17);
        entered.State.CarModelCode.ShouldBe(model);
        entered.State.DriverIds.ShouldBe([driver]);
        var withdrawn = await WaitFor<EntryChanged>(m => m.EntryId == RegionalApi.Id(entry) && m.Version == 2);
        withdrawn.State.Status.ShouldBe("Withdrawn");
        withdrawn.State.WithdrawalReason.ShouldBe("Budget");
    }

    private void Observe<T>(IReceiveEndpointConfigurator endpoint)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        });

    private async Task<T> WaitFor<T>(Func<T, bool> match)
        where T : class =>
        (await Eventually.Until(
            () => Task.FromResult(received.OfType<T>().FirstOrDefault(match)),
            message => message is not null,
            because: $"a {typeof(T).Name} should be published"))!;
}
