using System.CommandLine;
using Motorsport.ServiceDefaults.Security;

// Issues a locally signed token for development: './platform.sh token --role region-staff --region europe'.
var role = new Option<string>("--role") { Description = "hq-admin, hq-analyst, region-staff or ops", Required = true };
role.AcceptOnlyFromAmong(Roles.All);
var region = new Option<string?>("--region") { Description = "the region a region-staff token acts in" };
var subject = new Option<string?>("--subject") { Description = "who the token speaks for (default: the role, and region)" };
var minutes = new Option<int>("--minutes") { Description = "lifetime in minutes", DefaultValueFactory = _ => 480 };

var command = new RootCommand("Issue a development token signed with Auth:SigningKey") { role, region, subject, minutes };
command.Validators.Add(result =>
{
    if (result.GetValue(role) == Roles.RegionStaff && string.IsNullOrEmpty(result.GetValue(region)))
    {
        result.AddError("--region is required for region-staff");
    }
});
command.SetAction(result =>
{
    var auth = new AuthOptions
    {
        SigningKey = Environment.GetEnvironmentVariable("Auth__SigningKey"),
        Issuer = Environment.GetEnvironmentVariable("Auth__Issuer") ?? new AuthOptions().Issuer,
        Audience = Environment.GetEnvironmentVariable("Auth__Audience") ?? new AuthOptions().Audience,
    };
    var chosenRole = result.GetValue(role)!;
    var chosenRegion = result.GetValue(region);
    var who = result.GetValue(subject) ?? (chosenRegion is null ? chosenRole : $"{chosenRole}@{chosenRegion}");
    Console.WriteLine(DevelopmentTokens.Create(auth, chosenRole, chosenRegion, who, DateTime.UtcNow, TimeSpan.FromMinutes(result.GetValue(minutes))));
});
return command.Parse(args).Invoke();
