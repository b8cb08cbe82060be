namespace Motorsport.Contracts.Regional;

/// <summary>Headquarters lost or distrusts its read model: every region re-publishes the full state of everything it owns.</summary>
public sealed record RegionalSnapshotRequested(DateTime RequestedAtUtc);

/// <summary>
/// Sent by every region on a fixed interval, straight to the bus: headquarters judges a region's freshness by the last
/// message it applied from it, and a quiet but healthy region must not look stale.
/// </summary>
public sealed record RegionHeartbeat(string Region, DateTime SentAtUtc);
