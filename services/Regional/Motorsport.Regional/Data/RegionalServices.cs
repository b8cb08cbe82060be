using Motorsport.Regional.Regions;

namespace Motorsport.Regional.Data;

/// <summary>What the region's endpoints that write need, bound in one <c>[AsParameters]</c> as eShop's <c>CatalogServices</c> is.</summary>
public sealed record RegionalServices(RegionalDbContext Db, IOutbox Outbox, RegionOptions Region, TimeProvider Time, HttpContext Http)
    : EndpointServices(Time, Http)
{
    /// <summary>
    /// <see cref="Versioning.TryChangeAsync"/> for an aggregate of this region, announced to headquarters by
    /// <paramref name="changed"/> in the same SaveChanges.
    /// </summary>
    public Task<ProblemHttpResult?> TryChangeAsync<TEntity, TMessage>(
        TEntity? entity, ProblemHttpResult notFound, IVersionedRequest request, Func<TEntity, ProblemHttpResult?> apply, Func<TEntity, string, TMessage> changed)
        where TEntity : class, IVersioned
        where TMessage : class =>
        Db.TryChangeAsync(entity, notFound, request, apply, applied => Outbox.Publish(changed(applied, Region.Id)), this);
}
