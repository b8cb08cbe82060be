namespace Motorsport.Contracts.Regional;

/// <summary>An engineer of the regional office assigned to an event; <see cref="Role"/> is SupportEngineer or PerformanceEngineer.</summary>
public sealed record EventEngineerState(Guid EngineerId, string Name, string Role);

/// <summary>
/// Full state of one event. Dates are local to the circuit, whose IANA time zone is <see cref="TimeZone"/>;
/// <see cref="Status"/> is Scheduled, Cancelled or Completed.
/// </summary>
public sealed record EventState(
    Guid SeriesId,
    Guid SeasonId,
    string Name,
    string Circuit,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZone,
    string Status,
    IReadOnlyList<EventEngineerState> Engineers);

/// <summary>Published by a region on every change of an event.</summary>
public sealed record EventChanged(string Region, Guid EventId, long Version, EventState State, DateTime ChangedAtUtc) : IRegionalChange<EventState>
{
    Guid IRegionalChange.Id => EventId;
}

/// <summary>Full state of an engineer of the regional office (the people assigned to events).</summary>
public sealed record EngineerState(string Name, string? Email);

/// <summary>Published by a region on every change of one of its office engineers.</summary>
public sealed record EngineerChanged(string Region, Guid EngineerId, long Version, EngineerState State, DateTime ChangedAtUtc) : IRegionalChange<EngineerState>
{
    Guid IRegionalChange.Id => EngineerId;
}
