using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// A narrow row of one regional thing, holding only the columns headquarters' views filter, group and show, kept as each
/// change is applied (<see cref="ReadModelStore.UpsertAsync"/>) and replaced only by a higher version, like the record
/// it comes from. Views query these with the indexes below, so their cost follows what they return, not everything stored.
/// </summary>
public abstract class ProjectedRow
{
    public string Region { get; set; } = "";

    public Guid EntityId { get; set; }

    public long Version { get; set; }
}

public sealed class CarRow : ProjectedRow
{
    public Guid TeamId { get; set; }

    public string CarModelCode { get; set; } = "";
}

public sealed class TeamRow : ProjectedRow
{
    public string Name { get; set; } = "";
}

public sealed class EventRow : ProjectedRow
{
    public Guid SeriesId { get; set; }

    public string Name { get; set; } = "";

    public string Circuit { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string TimeZone { get; set; } = "";

    /// <summary>Local midnight of the first day at the circuit (<see cref="CircuitTime.LocalMidnight"/>): the calendar's order.</summary>
    public DateTime StartsAtUtc { get; set; }

    public string Status { get; set; } = "";
}

public sealed class EntryRow : ProjectedRow
{
    public string CarModelCode { get; set; } = "";

    public string Status { get; set; } = "";
}

public sealed class CertificateRow : ProjectedRow
{
    public Guid TeamId { get; set; }

    public string Role { get; set; } = "";

    public string CarModelCode { get; set; } = "";

    public DateOnly PassedOn { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public DateOnly? RevokedOn { get; set; }
}

/// <summary>A series with its seasons (as JSON: a handful per series, read only for the series a view returns).</summary>
public sealed class SeriesRow : ProjectedRow
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Seasons { get; set; } = "[]";
}

public sealed class EnrolmentRow : ProjectedRow
{
    public string Status { get; set; } = "";
}

/// <summary>A season's standings as the region computed them; the tables are the view's output, kept as JSON.</summary>
public sealed class StandingsRow : ProjectedRow
{
    public Guid SeriesId { get; set; }

    public bool Provisional { get; set; }

    /// <summary>The season's year as the region published it with the standings; null from a region that did not yet.</summary>
    public int? Year { get; set; }

    public string Tables { get; set; } = "[]";
}

/// <summary>
/// Which states headquarters projects, and into what: the one place a view that needs a new column, or a new kind a
/// view needs, adds its row. Kinds without a row (drivers, engineers, session results, decisions) are counted or kept as
/// records only.
/// </summary>
public static class Projections
{
    public static ProjectedRow? RowOf<TState>(string region, Guid id, long version, TState state)
    {
        ProjectedRow? row = state switch
        {
            CarState car => new CarRow { TeamId = car.TeamId, CarModelCode = car.CarModelCode },
            TeamState team => new TeamRow { Name = team.Name },
            EventState e => new EventRow
            {
                SeriesId = e.SeriesId, Name = e.Name, Circuit = e.Circuit, StartDate = e.StartDate, EndDate = e.EndDate, TimeZone = e.TimeZone,
                StartsAtUtc = CircuitTime.LocalMidnight(e.StartDate, e.TimeZone).UtcDateTime, Status = e.Status,
            },
            EntryState entry => new EntryRow { CarModelCode = entry.CarModelCode, Status = entry.Status },
            CertificateState c => new CertificateRow
            {
                TeamId = c.TeamId, Role = c.Role, CarModelCode = c.CarModelCode, PassedOn = c.PassedOn, ExpiresOn = c.ExpiresOn, RevokedOn = c.RevokedOn,
            },
            SeriesState series => new SeriesRow { Code = series.Code, Name = series.Name, Seasons = JsonSerializer.Serialize(series.Seasons, InsightsJson.Options) },
            EnrolmentState enrolment => new EnrolmentRow { Status = enrolment.Status },
            StandingsState standings => new StandingsRow
            {
                SeriesId = standings.SeriesId, Provisional = standings.Provisional, Year = standings.Year, Tables = JsonSerializer.Serialize(standings.Tables, InsightsJson.Options),
            },
            _ => null,
        };
        if (row is not null)
        {
            (row.Region, row.EntityId, row.Version) = (region, id, version);
        }

        return row;
    }

    public static void AddProjections(this ModelBuilder model)
    {
        var cars = Row<CarRow>(model, "insights_cars");
        cars.Property(c => c.CarModelCode).HasMaxLength(40);
        cars.HasIndex(c => new { c.Region, c.CarModelCode });
        cars.HasIndex(c => new { c.Region, c.TeamId, c.CarModelCode });
        Row<TeamRow>(model, "insights_teams").HasIndex(t => new { t.Region, t.Name });
        var events = Row<EventRow>(model, "insights_events");
        events.Property(e => e.Status).HasMaxLength(20);
        events.HasIndex(e => new { e.Status, e.EndDate });
        events.HasIndex(e => e.EndDate);
        events.HasIndex(e => new { e.StartsAtUtc, e.Region });
        var entries = Row<EntryRow>(model, "insights_entries");
        entries.Property(e => e.Status).HasMaxLength(20);
        entries.Property(e => e.CarModelCode).HasMaxLength(40);
        entries.HasIndex(e => new { e.Status, e.Region, e.CarModelCode });
        var certificates = Row<CertificateRow>(model, "insights_certificates");
        certificates.Property(c => c.Role).HasMaxLength(20);
        certificates.Property(c => c.CarModelCode).HasMaxLength(40);
        certificates.HasIndex(c => new { c.Region, c.TeamId, c.CarModelCode, c.Role });
        Row<SeriesRow>(model, "insights_series");
        var enrolments = Row<EnrolmentRow>(model, "insights_enrolments");
        enrolments.Property(e => e.Status).HasMaxLength(20);
        enrolments.HasIndex(e => new { e.Region, e.Status });
        Row<StandingsRow>(model, "insights_standings").HasIndex(s => new { s.Region, s.SeriesId });
    }

    private static EntityTypeBuilder<TRow> Row<TRow>(ModelBuilder model, string table)
        where TRow : ProjectedRow
    {
        var row = model.Entity<TRow>();
        row.ToTable(table);
        row.HasKey(r => new { r.Region, r.EntityId });
        row.Property(r => r.Region).HasMaxLength(40);
        return row;
    }
}

/// <summary>The JSON of the read model's records and of the projections' JSON columns.</summary>
internal static class InsightsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
