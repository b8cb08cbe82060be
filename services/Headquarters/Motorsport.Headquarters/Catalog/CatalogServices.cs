using System.ComponentModel.DataAnnotations;
using Motorsport.Contracts.Catalog;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Headquarters.Catalog;

/// <summary>What the catalogue endpoints that write need, bound in one <c>[AsParameters]</c> as eShop's <c>CatalogServices</c> is.</summary>
public sealed record CatalogServices(HeadquartersDbContext Db, IOutbox Outbox, TimeProvider Time, HttpContext Http) : EndpointServices(Time, Http);

/// <summary>Retiring is once: a retired item is a 409 on <c>status</c>, and nothing is published again.</summary>
public sealed record RetireCatalogItemRequest([property: Required] long? Version) : IVersionedRequest;

/// <summary>A list filter of one catalogue, applied in the database.</summary>
public interface ICatalogQuery<TItem>
{
    string? Status { get; }

    IQueryable<TItem> Filter(IQueryable<TItem> items);
}

/// <summary>What a catalogue's API answers with for one of its items.</summary>
public interface ICatalogResponse<in TItem, out TSelf>
{
    static abstract TSelf From(TItem item);
}

/// <summary>
/// The routes every catalogue has alike — list, get and retire, and the steps of create and change — for one kind of item.
/// A catalogue's own API file maps them with its types and adds only what is its own: its fields and its rules.
/// </summary>
public static class Catalogue<TItem, TChanged, TResponse>
    where TItem : CatalogItem, ICatalogItem<TChanged>
    where TChanged : class
    where TResponse : ICatalogResponse<TItem, TResponse>
{
    /// <summary>The name of the get route, which a create's <c>Location</c> points at.</summary>
    public static readonly string GetRoute = $"Get{typeof(TItem).Name}";

    public static async Task<PagedResult<TResponse>> List<TQuery>(
        [AsParameters] TQuery filter, [AsParameters] PageQuery paging, HeadquartersDbContext db, CancellationToken cancellationToken)
        where TQuery : ICatalogQuery<TItem>
    {
        var items = db.Set<TItem>().AsNoTracking();
        if (filter.Status is not null)
        {
            var wanted = Enum.Parse<CatalogStatus>(filter.Status, ignoreCase: true);
            items = items.Where(i => i.Status == wanted);
        }

        return await filter.Filter(items).OrderBy(i => i.Code).ToPageAsync(paging, TResponse.From, cancellationToken);
    }

    /// <summary>The item with its version as the ETag.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Get(
        string code, HeadquartersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var item = await db.Set<TItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return NotFound(code);
        }

        response.SetVersion(item.Version);
        return TypedResults.Ok(TResponse.From(item));
    }

    /// <summary>
    /// Stores <paramref name="create"/>'s item as version 1 and announces it in the same SaveChanges, unless its code is taken
    /// (409) or <paramref name="refuse"/>, asked after that, refuses it.
    /// </summary>
    public static async Task<Results<CreatedAtRoute<TResponse>, ProblemHttpResult>> CreateAsync(
        string code, CatalogServices services, Func<TItem> create, Func<Task<ProblemHttpResult?>>? refuse = null)
    {
        if (await services.Db.Set<TItem>().AnyAsync(i => i.Code == code, services.Aborted))
        {
            return ApiProblem.Conflict("code", $"A {TItem.Kind} with code '{code}' already exists.");
        }

        if (refuse is not null && await refuse() is { } refused)
        {
            return refused;
        }

        var item = create();
        item.Begin(services.Time);
        services.Db.Set<TItem>().Add(item);
        services.Outbox.Publish(item.ToChanged());
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(item.Version);
        return TypedResults.CreatedAtRoute(TResponse.From(item), GetRoute, new { code = item.Code });
    }

    /// <summary><see cref="Versioning.TryChangeAsync"/> for the item with this code, announced to the regions in the same SaveChanges.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> ChangeAsync(
        string code, IVersionedRequest request, CatalogServices services, Func<TItem, ProblemHttpResult?> apply)
    {
        var item = await services.Db.Set<TItem>().SingleOrDefaultAsync(i => i.Code == code, services.Aborted);
        return await services.Db.TryChangeAsync(item, NotFound(code), request, apply, changed => services.Outbox.Publish(changed.ToChanged()), services) is { } problem
            ? problem
            : TypedResults.Ok(TResponse.From(item!));
    }

    /// <summary>Retiring is for good and happens once: the item stays on record for what the regions already hold of it.</summary>
    public static Task<Results<Ok<TResponse>, ProblemHttpResult>> Retire(
        string code, RetireCatalogItemRequest request, [AsParameters] CatalogServices services) =>
        ChangeAsync(code, request, services, item =>
        {
            if (item.Status == CatalogStatus.Retired)
            {
                return ApiProblem.Conflict("status", $"{Capitalised(TItem.Kind)} {item.Code} is already {CatalogStatus.Retired}.");
            }

            item.Status = CatalogStatus.Retired;
            return null;
        });

    private static ProblemHttpResult NotFound(string code) => ApiProblem.NotFound("code", $"No {TItem.Kind} has code '{code}'.");

    private static string Capitalised(string kind) => string.Concat(kind[..1].ToUpperInvariant(), kind[1..]);
}

public static class CatalogRoutes
{
    /// <summary>A catalogue's routes: read by headquarters' analysts and admins, changed by catalogue admins only.</summary>
    public static (RouteGroupBuilder Read, RouteGroupBuilder Change) MapCatalogue(this IEndpointRouteBuilder endpoints, string path, string tag)
    {
        var catalogue = endpoints.MapGroup(path).WithTags(tag);
        return (catalogue.MapGroup("").RequireAuthorization(Policies.HeadquartersRead), catalogue.MapGroup("").RequireAuthorization(Policies.CatalogAdmin));
    }
}
