using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Motorsport.ServiceDefaults.OpenApi;

/// <summary>
/// An answer in JSON or, on request, in another format (a CSV export) declares the other with <c>Produces</c> beside its
/// typed result. ASP.NET Core keeps one response type per status, so the later declaration replaced the JSON one and the
/// document showed that 200 without content. Each declared format is put back here with its own schema: the typed
/// result's for JSON, text for the others.
/// </summary>
internal sealed class ResponseContents : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(produces => produces.StatusCode is >= 200 and < 300 && produces.ContentTypes.Any())
            .GroupBy(produces => produces.StatusCode)
            .Where(formats => formats.Count() > 1);
        foreach (var formats in declared)
        {
            if (operation.Responses?.GetValueOrDefault(formats.Key.ToString(CultureInfo.InvariantCulture)) is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var produces in formats)
            {
                foreach (var contentType in produces.ContentTypes.Where(type => !response.Content.ContainsKey(type)))
                {
                    response.Content[contentType] = new OpenApiMediaType
                    {
                        Schema = produces.Type is null || produces.Type == typeof(void) || produces.Type == typeof(string)
                            ? new OpenApiSchema { Type = JsonSchemaType.String }
                            : await context.GetOrCreateSchemaAsync(produces.Type, null, cancellationToken),
                    };
                }
            }
        }
    }
}
