using System.Text.Json;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

/// <summary>
/// Headquarters finds the kinds of regional fact in the contracts and names each after its type. The names are keys of
/// stored rows: every kind stored before the names were derived must keep its name, or a read model would lose its rows.
/// </summary>
public sealed class RegionalKindsTests
{
    [Fact]
    public void Every_regional_change_is_a_kind_named_after_its_type_as_the_stored_rows_are()
    {
        RegionalKinds.All.Select(k => (k.Change, k.Name)).ShouldBe(
        [
            (typeof(CarChanged), "car"),
            (typeof(CertificateChanged), "certificate"),
            (typeof(DriverChanged), "driver"),
            (typeof(EngineerChanged), "engineer"),
            (typeof(EnrolmentChanged), "enrolment"),
            (typeof(EntryChanged), "entry"),
            (typeof(EventChanged), "event"),
            (typeof(RaceDecisionChanged), "race-decision"),
            (typeof(SeriesChanged), "series"),
            (typeof(SessionResultsChanged), "session-results"),
            (typeof(StandingsChanged), "standings"),
            (typeof(TeamChanged), "team"),
        ]);
    }

    [Fact]
    public void A_kind_is_found_by_the_state_it_carries() =>
        (RegionalKinds.Of<SessionResultsState>(), RegionalKinds.Of<TeamState>()).ShouldBe(("session-results", "team"));

    [Fact]
    public void A_change_keeps_its_own_id_name_on_the_wire_so_old_and_new_services_read_each_other()
    {
        var change = new TeamChanged("europe", TeamId, 3, new TeamState("Harbour Racing", "SG", [], []), DateTime.UnixEpoch);

        var body = JsonSerializer.SerializeToElement(change, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        body.GetProperty("teamId").GetGuid().ShouldBe(TeamId);
        body.TryGetProperty("id", out _).ShouldBeFalse();
        ((IRegionalChange)change).Id.ShouldBe(TeamId);
    }

    private static readonly Guid TeamId = Guid.NewGuid();
}
