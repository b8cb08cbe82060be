namespace Motorsport.Contracts.Catalog;

/// <summary>The halves of the catalogue a region can ask headquarters to re-publish; messages carry them by name.</summary>
public enum CatalogKind { CarModels, TrainingCourses }

/// <summary>
/// A region whose catalogue replica is empty or stale asks headquarters to re-publish every item of the
/// <see cref="Kinds"/> it lacks. Without kinds (a request from a region older than them) it asks for the whole catalogue.
/// </summary>
public sealed record CatalogSnapshotRequested(string RegionId, DateTime RequestedAtUtc, IReadOnlyList<CatalogKind>? Kinds = null)
{
    public bool Wants(CatalogKind kind) => Kinds is null || Kinds.Contains(kind);
}
