namespace Motorsport.Regional.Cars;

/// <summary>The stable ids of the car rules; a refused change names one in its ProblemDetails' <c>rule</c>.</summary>
public static class CarRules
{
    public const string CarInOpenEntry = "car-in-open-entry";
}

/// <summary>A standing entry of the car in an event that is still scheduled.</summary>
public sealed record OpenCarEntry(string EventName, int CarNumber);

/// <summary>What a car update would change: its owner and its model.</summary>
public sealed record CarChange(string ChassisNumber, Guid FromTeamId, Guid ToTeamId, string FromModelCode, string ToModelCode);

/// <summary>The first problem with a car update: the field it concerns and a sentence for people.</summary>
public sealed record CarChangeRejection(string Field, string Message);

/// <summary>
/// An entry was checked against the car's team and model when it was accepted (<c>car-not-owned-by-team</c>,
/// <c>car-model-not-active</c>) and records the model; moving the car while such an entry still stands would get round
/// both rules. Entries of completed or cancelled events are history and do not hold the car. Reads nothing.
/// </summary>
public static class CarChangeRules
{
    public static CarChangeRejection? Check(CarChange change, IReadOnlyList<OpenCarEntry> openEntries)
    {
        if (openEntries.Count == 0)
        {
            return null;
        }

        var entries = string.Join(", ", openEntries.Select(e => $"#{e.CarNumber} at {e.EventName}"));
        if (change.ToTeamId != change.FromTeamId)
        {
            return new("teamId", $"Car {change.ChassisNumber} stands in open entries ({entries}); withdraw them before it changes team.");
        }

        return change.ToModelCode != change.FromModelCode
            ? new("carModelCode", $"Car {change.ChassisNumber} stands in open entries ({entries}) as a {change.FromModelCode}; withdraw them before changing its model.")
            : null;
    }
}
