using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Motorsport.Gateway.Protection;

namespace Motorsport.UnitTests.Gateway;

/// <summary>A rate limit that would refuse every request, or none, stops the gateway at start and names the setting.</summary>
public sealed class ClientRateLimitingTests
{
    [Theory]
    [InlineData("0", "00:01:00", "RateLimiting:PermitLimit must be a positive number of requests.")]
    [InlineData("-5", "00:01:00", "RateLimiting:PermitLimit must be a positive number of requests.")]
    [InlineData("600", "00:00:00", "RateLimiting:Window must be between one second and one day.")]
    public void A_limit_that_is_not_positive_stops_the_gateway_at_start(string permits, string window, string refusal) =>
        StartupValidation.Refusal(builder => builder.AddClientRateLimiting(), new() { ["RateLimiting:PermitLimit"] = permits, ["RateLimiting:Window"] = window })
            .ShouldNotBeNull().ShouldContain(refusal);

    [Fact]
    public void The_configured_limit_is_the_one_every_client_gets()
    {
        using var host = StartupValidation.Build(
            builder => builder.AddClientRateLimiting(), new() { ["RateLimiting:PermitLimit"] = "2", ["RateLimiting:Window"] = "00:10:00" });
        var limiter = host.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter.ShouldNotBeNull();
        var client = new DefaultHttpContext();

        var leases = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire(client)).ToList();

        leases.Select(lease => lease.IsAcquired).ShouldBe([true, true, false]);
    }
}
