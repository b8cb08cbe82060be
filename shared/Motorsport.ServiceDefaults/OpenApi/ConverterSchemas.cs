using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Motorsport.ServiceDefaults.Json;

namespace Motorsport.ServiceDefaults.OpenApi;

/// <summary>
/// The document generator knows nothing of a value written by a converter of the services' own, so it would describe the
/// value as any JSON (<c>{}</c>). Each of ours writes one shape, put back here: text for
/// <see cref="NoControlCharactersConverter"/> (every string), an array of items for <see cref="StoredJsonListConverter{T}"/>.
/// </summary>
internal sealed class ConverterSchemas : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var converter = context.JsonPropertyInfo?.CustomConverter?.GetType();
        if (converter is { IsGenericType: true } && converter.GetGenericTypeDefinition() == typeof(StoredJsonListConverter<>))
        {
            var array = await context.GetOrCreateSchemaAsync(typeof(List<>).MakeGenericType(converter.GetGenericArguments()), null, cancellationToken);
            schema.Type = array.Type;
            schema.Items = array.Items;
        }
        else if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            var nullable = context.JsonPropertyInfo is { IsGetNullable: true } || context.ParameterDescription?.ModelMetadata.IsReferenceOrNullableType == true;
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
    }
}
