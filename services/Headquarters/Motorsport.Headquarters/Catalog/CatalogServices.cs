using Motorsport.Contracts.Catalog;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Headquarters.Catalog;

/// <summary>What the catalogue endpoints that write need, bound in one <c>[AsParameters]</c> as eShop's <c>CatalogServices</c> is.</summary>
public sealed record CatalogServices(HeadquartersDbContext Db, IOutbox Outbox, TimeProvider Time, HttpContext Http) : EndpointServices(Time, Http)
{
    /// <summary><see cref="Versioning.TryChangeAsync"/> for a catalogue entry, announced to the regions by <paramref name="changed"/> in the same SaveChanges.</summary>
    public Task<ProblemHttpResult?> TryChangeAsync<TEntry, TMessage>(
        TEntry? entry, ProblemHttpResult notFound, IVersionedRequest request, Func<TEntry, ProblemHttpResult?> apply, Func<TEntry, TMessage> changed)
        where TEntry : class, ICatalogEntry
        where TMessage : class =>
        Db.TryChangeAsync(entry, notFound, request, apply, applied => Outbox.Publish(changed(applied)), this);
}

/// <summary>A car model or a training course: an entry of a catalogue headquarters owns, found by its code, retired rather than deleted.</summary>
public interface ICatalogEntry : IVersioned
{
    string Code { get; }

    CatalogStatus Status { get; set; }
}

/// <summary>The steps both catalogues take alike.</summary>
public static class CatalogEntries
{
    /// <summary>A catalogue's routes: read by headquarters' analysts and admins, changed by catalogue admins only.</summary>
    public static (RouteGroupBuilder Read, RouteGroupBuilder Change) MapCatalogue(this IEndpointRouteBuilder endpoints, string path, string tag)
    {
        var catalogue = endpoints.MapGroup(path).WithTags(tag);
        return (catalogue.MapGroup("").RequireAuthorization(Policies.HeadquartersRead), catalogue.MapGroup("").RequireAuthorization(Policies.CatalogAdmin));
    }

    public static IQueryable<TEntry> WithStatus<TEntry>(this IQueryable<TEntry> entries, string? status)
        where TEntry : class, ICatalogEntry
    {
        if (status is null)
        {
            return entries;
        }

        var wanted = Enum.Parse<CatalogStatus>(status, ignoreCase: true);
        return entries.Where(e => e.Status == wanted);
    }

    /// <summary>The entry with its version as the ETag, or <paramref name="notFound"/>.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> GetAsync<TEntry, TResponse>(
        IQueryable<TEntry> entries, string code, Func<TEntry, TResponse> respond, ProblemHttpResult notFound, HttpResponse response, CancellationToken cancellationToken)
        where TEntry : class, ICatalogEntry
    {
        var entry = await entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (entry is null)
        {
            return notFound;
        }

        response.SetVersion(entry.Version);
        return TypedResults.Ok(respond(entry));
    }

    /// <summary>Retiring is for good and happens once: the entry stays on record for what the regions already hold of it.</summary>
    public static ProblemHttpResult? Retire(ICatalogEntry entry, string kind)
    {
        if (entry.Status == CatalogStatus.Retired)
        {
            return ApiProblem.Conflict("status", $"{kind} {entry.Code} is already {CatalogStatus.Retired}.");
        }

        entry.Status = CatalogStatus.Retired;
        return null;
    }
}
