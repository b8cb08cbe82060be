namespace Motorsport.Contracts.Catalog;

/// <summary>A region whose catalogue replica is empty or stale asks headquarters to re-publish every item.</summary>
public sealed record CatalogSnapshotRequested(string RegionId, DateTime RequestedAtUtc);
