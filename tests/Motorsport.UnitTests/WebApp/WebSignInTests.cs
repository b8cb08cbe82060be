using Microsoft.Extensions.Hosting;
using Motorsport.WebApp.SignIn;

namespace Motorsport.UnitTests.WebApp;

/// <summary>The web app started without its offices, with a malformed one, or in production without a provider, stops at start and says why.</summary>
public sealed class WebSignInTests
{
    private static readonly Dictionary<string, string?> Development = new()
    {
        ["Auth:SigningKey"] = "a-local-signing-key-of-more-than-32-bytes",
        ["SignIn:Regions:0"] = "europe",
        ["SignIn:Regions:1"] = "us",
    };

    [Fact]
    public void A_development_sign_in_with_its_offices_starts() => Refusal(Development, Environments.Development).ShouldBeNull();

    [Fact]
    public void Without_offices_the_web_app_refuses_to_start() =>
        Refusal(Without("SignIn:Regions:0", "SignIn:Regions:1"), Environments.Development).ShouldNotBeNull().ShouldContain("SignIn:Regions must list the platform's regions");

    [Theory]
    [InlineData("Europe West")]
    [InlineData("us")]
    public void A_malformed_or_repeated_office_stops_the_web_app_at_start(string office) =>
        Refusal(With("SignIn:Regions:2", office), Environments.Development).ShouldNotBeNull().ShouldContain("SignIn:Regions lists region ids");

    [Fact]
    public void In_production_without_a_provider_the_web_app_refuses_to_start() =>
        Refusal(Development, Environments.Production).ShouldNotBeNull().ShouldContain("Set Auth:Authority (the OIDC provider)");

    [Fact]
    public void In_production_with_a_provider_the_web_app_starts() =>
        Refusal(With("Auth:Authority", "https://login.example.com"), Environments.Production).ShouldBeNull();

    private static string? Refusal(Dictionary<string, string?> settings, string environment) =>
        StartupValidation.Refusal(builder => builder.AddWebSignIn(), settings, environment);

    private static Dictionary<string, string?> With(string key, string value) => new(Development) { [key] = value };

    private static Dictionary<string, string?> Without(params string[] keys) =>
        Development.Where(setting => !keys.Contains(setting.Key)).ToDictionary();
}
