using System.CommandLine;
using Motorsport.ServiceDefaults.Security;

// Issues a locally signed token for development: './platform.sh token --role region-staff --region europe'.
// The regions it signs for are the platform's configured ones, from MOTORSPORT_REGIONS (./platform.sh sets it from regions.conf).
// Anything it refuses is one line on stderr and exit code 2.
var role = new Option<string>("--role") { Description = string.Join(", ", Roles.All), Required = true };
var region = new Option<string?>("--region") { Description = "the region a region-staff token acts in (required for region-staff)" };
var subject = new Option<string?>("--subject") { Description = "who the token speaks for (default: the role, and region)" };
var minutes = new Option<int>("--minutes") { Description = "lifetime in minutes, more than 0", DefaultValueFactory = _ => 480 };

var command = new RootCommand("Issue a development token signed with Auth:SigningKey") { role, region, subject, minutes };
command.SetAction(result =>
{
    var chosenRole = result.GetValue(role)!;
    var chosenRegion = result.GetValue(region);
    var lifetime = result.GetValue(minutes);
    var configuredRegions = (Environment.GetEnvironmentVariable("MOTORSPORT_REGIONS") ?? "")
        .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    if (DevelopmentTokenRules.Refusal(chosenRole, chosenRegion, lifetime, configuredRegions) is { } refusal)
    {
        return Refuse(refusal);
    }

    var auth = new AuthOptions
    {
        SigningKey = Environment.GetEnvironmentVariable("Auth__SigningKey"),
        Issuer = Environment.GetEnvironmentVariable("Auth__Issuer") ?? new AuthOptions().Issuer,
        Audience = Environment.GetEnvironmentVariable("Auth__Audience") ?? new AuthOptions().Audience,
    };
    var who = result.GetValue(subject) ?? (chosenRegion is null ? chosenRole : $"{chosenRole}@{chosenRegion}");
    try
    {
        Console.WriteLine(DevelopmentTokens.Create(auth, chosenRole, chosenRegion, who, DateTime.UtcNow, TimeSpan.FromMinutes(lifetime)));
        return 0;
    }
    catch (InvalidOperationException missingOrShortKey)
    {
        return Refuse(missingOrShortKey.Message);
    }
});

var parsed = command.Parse(args);
return parsed.Errors.Count > 0 ? Refuse(parsed.Errors[0].Message) : parsed.Invoke();

static int Refuse(string reason)
{
    Console.Error.WriteLine($"error: {reason}");
    return 2;
}
