using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Motorsport.WebApp.SignIn;

namespace Motorsport.WebApp.Api;

/// <summary>
/// Every call to the gateway carries the signed-in person's own access token, read from their cookie session on the
/// server: the APIs decide what the person may do, and the token never reaches the browser.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http && await http.GetTokenAsync(WebSignIn.AccessToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
