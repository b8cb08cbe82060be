namespace Motorsport.WebApp.Components.Pages.Regional;

// The regional office's create forms as typed: bound back from the post, so a refused submit shows exactly what was typed.
// Each names the fields the API refuses by, with the property whose input shows the refusal.

public sealed class TeamForm
{
    public string? Name { get; set; }
    public string? Country { get; set; }

    public static readonly (string ApiField, string Property)[] Fields = [("name", nameof(Name)), ("country", nameof(Country))];
}

public sealed class LicenceForm
{
    public Guid? SeasonId { get; set; }
    public string? Number { get; set; }
    public int? CarsAllowed { get; set; } = 1;
    public long? Version { get; set; }

    public static readonly (string ApiField, string Property)[] Fields =
        [("seasonId", nameof(SeasonId)), ("number", nameof(Number)), ("carsAllowed", nameof(CarsAllowed))];
}

public sealed class StaffForm
{
    public string? Name { get; set; }
    public string? Role { get; set; } = "Mechanic";
    public long? Version { get; set; }

    public static readonly string[] Roles = ["Engineer", "Mechanic", "TeamManager"];

    public static readonly (string ApiField, string Property)[] Fields = [("name", nameof(Name)), ("role", nameof(Role))];
}

public sealed class DriverForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Nationality { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? FiaGrade { get; set; } = "Bronze";

    public static readonly string[] Grades = ["Platinum", "Gold", "Silver", "Bronze"];

    public static readonly (string ApiField, string Property)[] Fields =
    [
        ("firstName", nameof(FirstName)), ("lastName", nameof(LastName)), ("nationality", nameof(Nationality)),
        ("dateOfBirth", nameof(DateOfBirth)), ("fiaGrade", nameof(FiaGrade)),
    ];

    public Api.DriverRequest ToRequest() => new(FirstName?.Trim(), LastName?.Trim(), Nationality?.Trim(), DateOfBirth, FiaGrade);
}

public sealed class CarForm
{
    public string? ChassisNumber { get; set; }
    public string? CarModelCode { get; set; }
    public Guid? TeamId { get; set; }

    public static readonly (string ApiField, string Property)[] Fields =
        [("chassisNumber", nameof(ChassisNumber)), ("carModelCode", nameof(CarModelCode)), ("teamId", nameof(TeamId))];
}

internal static class FormFields
{
    /// <summary>The API's names of a form's fields, for the problem message to leave to the fields themselves.</summary>
    public static string[] Names(this IEnumerable<(string ApiField, string Property)> fields) => fields.Select(f => f.ApiField).ToArray();
}
