using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.UnitTests.ServiceDefaults;

/// <summary>A service that could validate no token, or only with a key too short to sign with, stops at start and says which setting to fix.</summary>
public sealed class AuthOptionsTests
{
    private const string Key = "a-local-signing-key-of-more-than-32-bytes";

    [Fact]
    public void Without_a_provider_or_a_signing_key_the_service_refuses_to_start() =>
        Refusal(new()).ShouldNotBeNull().ShouldContain("Set Auth:Authority (an OIDC provider) or, for local use, Auth:SigningKey.");

    [Fact]
    public void A_signing_key_shorter_than_32_bytes_stops_the_service_at_start() =>
        Refusal(new() { ["Auth:SigningKey"] = "too-short" }).ShouldNotBeNull().ShouldContain("Auth:SigningKey must be at least 32 bytes long.");

    [Fact]
    public void An_empty_audience_stops_the_service_at_start() =>
        Refusal(new() { ["Auth:SigningKey"] = Key, ["Auth:Audience"] = "" }).ShouldNotBeNull().ShouldContain("Audience");

    [Fact]
    public void A_provider_alone_starts_and_its_key_is_never_needed() =>
        Refusal(new() { ["Auth:Authority"] = "https://login.example.com", ["Auth:SigningKey"] = "unused" }).ShouldBeNull();

    [Fact]
    public void A_local_key_validates_tokens_of_the_configured_issuer_and_audience()
    {
        using var host = StartupValidation.Build(
            builder => builder.AddPlatformAuthentication(), new() { ["Auth:SigningKey"] = Key, ["Auth:Issuer"] = "issuer", ["Auth:Audience"] = "audience" });

        var jwt = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        jwt.Authority.ShouldBeNull();
        jwt.TokenValidationParameters.IssuerSigningKey.ShouldNotBeNull();
        jwt.TokenValidationParameters.ValidIssuer.ShouldBe("issuer");
        jwt.TokenValidationParameters.ValidAudience.ShouldBe("audience");
    }

    [Fact]
    public void A_provider_is_where_keys_come_from()
    {
        using var host = StartupValidation.Build(builder => builder.AddPlatformAuthentication(), new() { ["Auth:Authority"] = "https://login.example.com" });

        var jwt = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        jwt.Authority.ShouldBe("https://login.example.com");
        jwt.TokenValidationParameters.IssuerSigningKey.ShouldBeNull();
    }

    private static string? Refusal(Dictionary<string, string?> settings) =>
        StartupValidation.Refusal(builder => builder.AddPlatformAuthentication(), settings);
}
