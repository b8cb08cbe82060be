using Motorsport.Contracts.Regional;
using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Events;

public sealed record CreateEngineerRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: StringLength(200), EmailAddress] string? Email);

public sealed record UpdateEngineerRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: StringLength(200), EmailAddress] string? Email,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record EngineerResponse(Guid Id, string Name, string? Email, long Version, DateTime UpdatedAtUtc)
{
    public static EngineerResponse From(RegionalEngineer engineer) =>
        new(engineer.Id, engineer.Name, engineer.Email, engineer.Version, engineer.UpdatedAtUtc);
}

/// <summary>
/// <see cref="TimeZone"/> is the circuit's IANA zone (a Windows id is refused, a wrong case is stored as IANA spells it); without
/// it the event takes the region's. The dates fall in the season's year or the year either side.
/// </summary>
public sealed record CreateEventRequest(
    [property: Required] Guid? SeasonId,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Circuit,
    [property: Required, PlausibleDate] DateOnly? StartDate,
    [property: Required, PlausibleDate] DateOnly? EndDate,
    [property: StringLength(64)] string? TimeZone,
    [property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<Guid>? SupportEngineerIds,
    [property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<Guid>? PerformanceEngineerIds);

public sealed record UpdateEventRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Circuit,
    [property: Required, PlausibleDate] DateOnly? StartDate,
    [property: Required, PlausibleDate] DateOnly? EndDate,
    [property: Required, StringLength(64)] string? TimeZone,
    [property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<Guid>? SupportEngineerIds,
    [property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<Guid>? PerformanceEngineerIds,
    [property: Required] long? Version) : IVersionedRequest;

/// <summary>
/// <see cref="From"/> and <see cref="To"/> select events overlapping that range of dates: an event from Friday to Sunday is in
/// <c>?from=Saturday</c>. <see cref="To"/> before <see cref="From"/> is a 400.
/// </summary>
public sealed record EventQuery(
    Guid? SeasonId,
    Guid? SeriesId,
    DateOnly? From,
    DateOnly? To,
    [property: EnumValue<EventStatus>] string? Status);

public sealed record EventEngineerResponse(Guid EngineerId, string Name, EngineerRole Role);

public sealed record EventResponse(
    Guid Id,
    Guid SeriesId,
    Guid SeasonId,
    string Name,
    string Circuit,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZone,
    EventStatus Status,
    IReadOnlyList<EventEngineerResponse> Engineers,
    long Version,
    DateTime UpdatedAtUtc)
{
    public static EventResponse From(RacingEvent racingEvent) => new(
        racingEvent.Id,
        racingEvent.SeriesId,
        racingEvent.SeasonId,
        racingEvent.Name,
        racingEvent.Circuit,
        racingEvent.StartDate,
        racingEvent.EndDate,
        racingEvent.TimeZone,
        racingEvent.Status,
        racingEvent.OrderedEngineers.Select(e => new EventEngineerResponse(e.EngineerId, e.Engineer.Name, e.Role)).ToList(),
        racingEvent.Version,
        racingEvent.UpdatedAtUtc);
}
