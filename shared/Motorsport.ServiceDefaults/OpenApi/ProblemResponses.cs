using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Motorsport.ServiceDefaults.Versions;

namespace Motorsport.ServiceDefaults.OpenApi;

/// <summary>
/// Every answer a client can get, described once from what the endpoint is rather than on each endpoint: its
/// authorization, route parameters, method and body decide which ProblemDetails (<c>application/problem+json</c>) it may
/// return. A versioned change (its handler takes an <see cref="IVersionedRequest"/>) states its version in the body or query
/// string and may also send <c>If-Match</c>: those operations describe the header and its 412.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";
    private const string ProblemSchema = "Problem";
    private static readonly HashSet<string> Writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document ?? throw new InvalidOperationException("Operations are transformed within a document.");
        var problem = await ProblemReferenceAsync(document, context, cancellationToken);
        operation.Responses ??= [];

        // Every request passes the query check of ServiceDefaults, and parameters and bodies are validated.
        Add(operation, problem, StatusCodes.Status400BadRequest, "A parameter, the body or one of its fields is malformed or missing; `errors` names it.");
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            Add(operation, problem, StatusCodes.Status401Unauthorized, "No bearer token, or one that is expired or not issued for this platform.");
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            {
                Add(operation, problem, StatusCodes.Status403Forbidden, "The token's role, or its region, may not do this.");
            }
        }

        if (description.RelativePath?.Contains('{') == true)
        {
            Add(operation, problem, StatusCodes.Status404NotFound, "Nothing has the id or code in the path; `errors` names the parameter.");
        }

        var hasInput = description.ParameterDescriptions.Count > 0;
        if (description.HttpMethod is { } method && Writes.Contains(method) && hasInput)
        {
            Add(operation, problem, StatusCodes.Status409Conflict, $"The `version` sent is stale (`rule` {VersionPrecondition.StaleRule}), or a unique value is taken; `errors` names the field. Reload and apply the change again.");
            Add(operation, problem, StatusCodes.Status422UnprocessableEntity, "The request breaks a rule: `errors` names the field, `rule` (where present) the rule's stable id.");
        }

        if (IsVersionedChange(metadata))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = HeaderNames.IfMatch,
                In = ParameterLocation.Header,
                Description = "The `ETag` of the version read, e.g. `\"3\"`. Optional; when sent it must be current as well as `version`.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            Add(operation, problem, StatusCodes.Status412PreconditionFailed, $"`If-Match` names a version that is not the current one (`rule` {VersionPrecondition.IfMatchRule}). Reload and apply the change again.");
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, problem, StatusCodes.Status413PayloadTooLarge, "The body is larger than the gateway accepts (5 MB unless configured otherwise).");
        }

        Add(operation, problem, StatusCodes.Status429TooManyRequests, "This client made too many requests; retry after the `Retry-After` seconds.");
    }

    private static bool IsVersionedChange(IList<object> metadata) =>
        metadata.OfType<MethodInfo>().Any(handler => handler.GetParameters().Any(p => typeof(IVersionedRequest).IsAssignableFrom(p.ParameterType)));

    /// <summary>
    /// ASP.NET Core's schema for the 400s it inferred, which <see cref="Add"/> replaced with <see cref="ProblemSchema"/>: left, it
    /// would be an unused component (and were anything still to point at it, the lint's unresolved reference would say so).
    /// </summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components?.Schemas?.Remove(nameof(HttpValidationProblemDetails));
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, IOpenApiSchema problem, int status, string description)
    {
        // Replaces what ASP.NET Core infers from a ValidationProblem result: one description and one schema for each problem.
        operation.Responses![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
    }

    /// <summary>One shared schema for every problem, and the bearer scheme the requirements point at, registered once per document.</summary>
    private static async Task<IOpenApiSchema> ProblemReferenceAsync(OpenApiDocument document, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["rule"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The stable id of the rule a 409, 412 or 422 broke." };
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace, for the logs." };
            document.AddComponent(ProblemSchema, schema);
            document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the platform's OIDC provider, or locally from './platform.sh token' or the reference page.",
            });
        }

        return new OpenApiSchemaReference(ProblemSchema, document);
    }
}
