using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Events;

public enum EngineerRole { SupportEngineer, PerformanceEngineer }

/// <summary>
/// A race weekend of a series' season. Dates are the circuit's local dates; <see cref="TimeZone"/> is the circuit's
/// IANA zone. Entries are taken while it is <see cref="EventStatus.Scheduled"/>.
/// </summary>
public sealed class RacingEvent : IVersioned
{
    public Guid Id { get; init; }
    public Guid SeriesId { get; init; }
    public Guid SeasonId { get; init; }
    public required string Name { get; set; }
    public required string Circuit { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required string TimeZone { get; set; }
    public EventStatus Status { get; set; }

    /// <summary>The office's engineers on duty at the event: at least one of each role, the rule the offices work to.</summary>
    public List<EventEngineer> Engineers { get; init; } = [];

    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public IEnumerable<EventEngineer> OrderedEngineers => Engineers.OrderBy(e => e.Role).ThenBy(e => e.Engineer.Name).ThenBy(e => e.EngineerId);

    public EventChanged ToChanged(string region) => new(
        region,
        Id,
        Version,
        new EventState(
            SeriesId,
            SeasonId,
            Name,
            Circuit,
            StartDate,
            EndDate,
            TimeZone,
            Status.ToString(),
            OrderedEngineers.Select(e => new EventEngineerState(e.EngineerId, e.Engineer.Name, e.Role.ToString())).ToList()),
        UpdatedAtUtc);
}

/// <summary>One engineer assigned to one event in one role.</summary>
public sealed class EventEngineer
{
    public Guid EventId { get; init; }
    public Guid EngineerId { get; init; }
    public RegionalEngineer Engineer { get; init; } = null!;
    public EngineerRole Role { get; init; }
}

internal sealed class RacingEventConfiguration : IEntityTypeConfiguration<RacingEvent>
{
    public void Configure(EntityTypeBuilder<RacingEvent> racingEvent)
    {
        racingEvent.ToTable("events");
        racingEvent.HasKey(e => e.Id);
        racingEvent.Property(e => e.Id).ValueGeneratedNever();
        racingEvent.Property(e => e.Name).HasMaxLength(120);
        racingEvent.Property(e => e.Circuit).HasMaxLength(120);
        racingEvent.Property(e => e.TimeZone).HasMaxLength(64);
        racingEvent.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        racingEvent.Property(e => e.Version).IsConcurrencyToken();
        racingEvent.Ignore(e => e.OrderedEngineers);
        racingEvent.HasIndex(e => new { e.SeasonId, e.StartDate });
        racingEvent.HasIndex(e => e.StartDate);
        racingEvent.HasOne<RacingSeries>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.Restrict);
        racingEvent.HasOne<Season>().WithMany().HasForeignKey(e => e.SeasonId).OnDelete(DeleteBehavior.Restrict);
        racingEvent.HasMany(e => e.Engineers).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventEngineerConfiguration : IEntityTypeConfiguration<EventEngineer>
{
    public void Configure(EntityTypeBuilder<EventEngineer> assignment)
    {
        assignment.ToTable("event_engineers");
        assignment.HasKey(a => new { a.EventId, a.Role, a.EngineerId });
        assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        assignment.HasOne(a => a.Engineer).WithMany().HasForeignKey(a => a.EngineerId).OnDelete(DeleteBehavior.Restrict);
    }
}
