using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Gateway.Protection;

public sealed class ClientRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests one client may make per window.</summary>
    [Range(1, int.MaxValue, ErrorMessage = $"{Section}:{nameof(PermitLimit)} must be a positive number of requests.")]
    public int PermitLimit { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = $"{Section}:{nameof(Window)} must be between one second and one day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public static class ClientRateLimiting
{
    /// <summary>
    /// A fixed window per client — the token's subject, or the address of an anonymous caller — so one noisy client
    /// cannot starve the others. Rejections are 429 ProblemDetails with Retry-After. A limit that is not positive stops
    /// the gateway at start: it would otherwise refuse every request, or none.
    /// </summary>
    public static IHostApplicationBuilder AddClientRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClientRateLimitOptions>().BindConfiguration(ClientRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ClientRateLimitOptions>>((limiter, clientOptions) =>
        {
            var options = clientOptions.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await ApiProblem.TooManyRequests("client", $"More than {options.PermitLimit} requests in {options.Window}; retry after the Retry-After seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static string ClientOf(HttpContext http) =>
        http.User.FindFirst(ClaimTypes.Subject)?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + http.Connection.RemoteIpAddress;
}
