using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Motorsport.ServiceDefaults.OpenApi;

/// <summary>
/// A service's OpenAPI document, served under the service's public path prefix (<c>/api/hq</c>, <c>/api/regions/europe</c>)
/// so the gateway's route for the service reaches it: <c>{prefix}/openapi/v1.json</c>.
/// </summary>
public sealed record ApiDocument(string PathPrefix, string Title)
{
    public string DocumentPath => PathPrefix + "/openapi/{documentName}.json";
}

public static class ApiDocumentExtensions
{
    /// <summary>
    /// The document describes the API as clients see it through the gateway: paths relative to <paramref name="pathPrefix"/>, the
    /// public server URL, the bearer scheme, and the problems every operation can answer (see <see cref="ProblemResponses"/>).
    /// </summary>
    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder, string pathPrefix, string title)
    {
        var document = new ApiDocument(pathPrefix, title);
        builder.Services.AddSingleton(document);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<PublicServer>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddOperationTransformer<ResponseContents>();
            options.AddDocumentTransformer<ProblemResponses>();
            options.AddSchemaTransformer<ConverterSchemas>();
        });
        return builder;
    }

    /// <summary>
    /// Open to anonymous callers: it describes the API's shape, not its data, and the reference page must load it before anyone
    /// has signed in.
    /// </summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(endpoints.ServiceProvider.GetRequiredService<ApiDocument>().DocumentPath).AllowAnonymous();
        return endpoints;
    }
}
