using Microsoft.AspNetCore.Http;

namespace Motorsport.ServiceDefaults.Versions;

/// <summary>
/// The request's part of an endpoint's services bundle, bound with <c>[AsParameters]</c> as eShop's <c>CatalogServices</c>
/// is: the clock and the exchange, whose If-Match joins the version a change states.
/// </summary>
public abstract record EndpointServices(TimeProvider Time, HttpContext Http)
{
    public HttpResponse Response => Http.Response;

    public CancellationToken Aborted => Http.RequestAborted;

    public VersionPrecondition Precondition(IVersionedRequest change) => Http.Request.Precondition(change);
}
