using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Events;
using Motorsport.Regional.Teams;
using Motorsport.Regional.Training;

namespace Motorsport.Regional.Entries;

/// <summary>The stable ids of the eligibility rules; a rejected entry names one in its ProblemDetails' <c>rule</c>.</summary>
public static class EntryRules
{
    public const string EventNotOpen = "event-not-open";
    public const string ClassNotInSeries = "class-not-in-series";
    public const string CarNotOwnedByTeam = "car-not-owned-by-team";
    public const string CarModelNotActive = "car-model-not-active";
    public const string CarAlreadyEntered = "car-already-entered";
    public const string CarNumberTaken = "car-number-taken";
    public const string DriverAlreadyEntered = "driver-already-entered";
    public const string DriverAgeLimit = "driver-age-limit";
    public const string NoLicence = "no-licence";
    public const string LicenceCarLimit = "licence-car-limit";
    public const string NoCertifiedEngineer = "no-certified-engineer";
    public const string NoCertifiedMechanic = "no-certified-mechanic";
}

public sealed record EventFacts(string Name, EventStatus Status, DateOnly StartDate, DateOnly EndDate);

/// <summary>A class of the event's series; <see cref="MaxDriverAge"/> is the series' age limit for it (Rookie, Junior), if any.</summary>
public sealed record ClassFacts(string Code, int? MaxDriverAge);

/// <summary>The car and its model as the region's catalogue replica has it now.</summary>
public sealed record CarFacts(Guid CarId, string ChassisNumber, Guid OwnerTeamId, string ModelCode, CatalogStatus ModelStatus, DateOnly? HomologationValidUntil);

/// <summary>A certificate held by a person still in the team's crew, on the entered car's model.</summary>
public sealed record CrewCertificateFacts(CrewRole Role, string CarModelCode, DateOnly PassedOn, DateOnly ExpiresOn);

public sealed record DriverFacts(Guid DriverId, string Name, DateOnly DateOfBirth);

/// <summary>Another entry that stands (not withdrawn) in the same event.</summary>
public sealed record OtherEntryFacts(Guid TeamId, Guid CarId, int CarNumber, IReadOnlyCollection<Guid> DriverIds);

/// <summary>Everything the rules look at, gathered by the caller; the rules themselves read nothing.</summary>
public sealed record EntryFacts
{
    public required EventFacts Event { get; init; }
    public required IReadOnlyList<ClassFacts> SeriesClasses { get; init; }

    /// <summary>The series' crew-certificate switch (on by default in a series).</summary>
    public bool RequireCertifiedCrew { get; init; }

    /// <summary>The team's crew certificates on the car's model; looked at only when <see cref="RequireCertifiedCrew"/> is on.</summary>
    public IReadOnlyList<CrewCertificateFacts> CrewCertificates { get; init; } = [];

    public required Guid TeamId { get; init; }
    public required CarFacts Car { get; init; }
    public required int CarNumber { get; init; }
    public required string Class { get; init; }
    public required IReadOnlyList<DriverFacts> Drivers { get; init; }

    /// <summary>The event's standing entries, without the one being changed.</summary>
    public required IReadOnlyList<OtherEntryFacts> OtherEntries { get; init; }

    /// <summary>Cars allowed by each licence the team holds for the event's series and season; empty when it holds none.</summary>
    public required IReadOnlyList<int> LicenceCarsAllowed { get; init; }
}

/// <summary>The first rule an entry breaks: its stable id, the request field it concerns, and a sentence for people.</summary>
public sealed record EntryRejection(string Rule, string Field, string Message);

/// <summary>
/// Entry eligibility (DOMAIN.md), checked in a fixed order; the first broken rule is the answer.
/// <list type="bullet">
/// <item>The event takes entries only while it is scheduled.</item>
/// <item>The class is one of the series' classes.</item>
/// <item>The car belongs to the entering team.</item>
/// <item>The car's model is Active in the region's catalogue replica, and its homologation (if it has an end) lasts through the
/// event's last day.</item>
/// <item>A car stands in at most one entry of an event, and a car number is unique among the event's standing entries
/// (withdrawn entries free theirs).</item>
/// <item>A driver is in at most one standing entry of an event.</item>
/// <item>Where the series sets an age limit for the class, no driver is older than it on the event's first day.</item>
/// <item>The team holds a licence for the event's series and season, and its standing entries in the event use no more distinct
/// cars than its licences for that season allow together (the cap counts cars per event, not per season).</item>
/// <item>When the series' <see cref="EntryFacts.RequireCertifiedCrew"/> is on, the team's crew holds a certificate of an
/// engineer and one of a mechanic on the car's model, each valid on every day of the event (from its first day through its
/// last, like the homologation): a certificate running out mid-weekend does not count.</item>
/// </list>
/// </summary>
public static class EntryEligibility
{
    private static readonly Func<EntryFacts, EntryRejection?>[] Rules =
    [
        EventOpen,
        ClassInSeries,
        CarOwnedByTeam,
        CarModelActive,
        CarNotEnteredTwice,
        CarNumberFree,
        DriversNotEnteredTwice,
        DriversWithinClassAge,
        TeamLicensed,
        WithinLicensedCars,
        facts => CrewCertified(facts, CrewRole.Engineer, EntryRules.NoCertifiedEngineer),
        facts => CrewCertified(facts, CrewRole.Mechanic, EntryRules.NoCertifiedMechanic),
    ];

    public static EntryRejection? Check(EntryFacts facts)
    {
        foreach (var rule in Rules)
        {
            if (rule(facts) is { } rejection)
            {
                return rejection;
            }
        }

        return null;
    }

    /// <summary>The series' spelling of <paramref name="requested"/>, or null when the series has no such class.</summary>
    public static ClassFacts? FindClass(IEnumerable<ClassFacts> classes, string requested) =>
        classes.FirstOrDefault(c => string.Equals(c.Code, requested, StringComparison.OrdinalIgnoreCase));

    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    private static EntryRejection? EventOpen(EntryFacts facts) =>
        facts.Event.Status == EventStatus.Scheduled
            ? null
            : new(EntryRules.EventNotOpen, "eventId", $"Event '{facts.Event.Name}' is {facts.Event.Status} and takes no entries.");

    private static EntryRejection? ClassInSeries(EntryFacts facts) =>
        FindClass(facts.SeriesClasses, facts.Class) is not null
            ? null
            : new(EntryRules.ClassNotInSeries, "class",
                $"Class '{facts.Class}' is not a class of this series; it has {string.Join(", ", facts.SeriesClasses.Select(c => c.Code))}.");

    private static EntryRejection? CarOwnedByTeam(EntryFacts facts) =>
        facts.Car.OwnerTeamId == facts.TeamId
            ? null
            : new(EntryRules.CarNotOwnedByTeam, "carId", $"Car {facts.Car.ChassisNumber} belongs to another team.");

    private static EntryRejection? CarModelActive(EntryFacts facts)
    {
        var car = facts.Car;
        if (car.ModelStatus != CatalogStatus.Active)
        {
            return new(EntryRules.CarModelNotActive, "carId",
                $"Car model {car.ModelCode} of car {car.ChassisNumber} is {car.ModelStatus} in this region's catalogue.");
        }

        return car.HomologationValidUntil is { } validUntil && validUntil < facts.Event.EndDate
            ? new(EntryRules.CarModelNotActive, "carId",
                $"The homologation of car model {car.ModelCode} ends on {validUntil:yyyy-MM-dd}, before the event ends on {facts.Event.EndDate:yyyy-MM-dd}.")
            : null;
    }

    private static EntryRejection? CarNotEnteredTwice(EntryFacts facts) =>
        facts.OtherEntries.FirstOrDefault(e => e.CarId == facts.Car.CarId) is { } other
            ? new(EntryRules.CarAlreadyEntered, "carId", $"Car {facts.Car.ChassisNumber} is already entered in this event as #{other.CarNumber}.")
            : null;

    private static EntryRejection? CarNumberFree(EntryFacts facts) =>
        facts.OtherEntries.Any(e => e.CarNumber == facts.CarNumber)
            ? new(EntryRules.CarNumberTaken, "carNumber", $"Car number {facts.CarNumber} is already taken in this event.")
            : null;

    private static EntryRejection? DriversNotEnteredTwice(EntryFacts facts)
    {
        foreach (var driver in facts.Drivers)
        {
            if (facts.OtherEntries.FirstOrDefault(e => e.DriverIds.Contains(driver.DriverId)) is { } other)
            {
                return new(EntryRules.DriverAlreadyEntered, "driverIds", $"{driver.Name} already drives #{other.CarNumber} in this event.");
            }
        }

        return null;
    }

    private static EntryRejection? DriversWithinClassAge(EntryFacts facts)
    {
        if (FindClass(facts.SeriesClasses, facts.Class) is not { MaxDriverAge: { } maxAge } entryClass)
        {
            return null;
        }

        foreach (var driver in facts.Drivers)
        {
            var age = AgeOn(driver.DateOfBirth, facts.Event.StartDate);
            if (age > maxAge)
            {
                return new(EntryRules.DriverAgeLimit, "driverIds",
                    $"{driver.Name} is {age} on the event's first day; class {entryClass.Code} takes drivers up to {maxAge}.");
            }
        }

        return null;
    }

    private static EntryRejection? TeamLicensed(EntryFacts facts) =>
        facts.LicenceCarsAllowed.Count > 0
            ? null
            : new(EntryRules.NoLicence, "teamId", "The team holds no entrant licence for this event's series and season.");

    private static EntryRejection? WithinLicensedCars(EntryFacts facts)
    {
        var allowed = facts.LicenceCarsAllowed.Sum();
        var cars = facts.OtherEntries.Where(e => e.TeamId == facts.TeamId).Select(e => e.CarId).Append(facts.Car.CarId).Distinct().Count();
        return cars <= allowed
            ? null
            : new(EntryRules.LicenceCarLimit, "teamId",
                $"The team's licences for this season allow {allowed} car(s) per event; this entry would make it {cars}.");
    }

    private static EntryRejection? CrewCertified(EntryFacts facts, CrewRole role, string rule)
    {
        if (!facts.RequireCertifiedCrew)
        {
            return null;
        }

        var (start, end) = (facts.Event.StartDate, facts.Event.EndDate);
        var certified = facts.CrewCertificates.Any(c =>
            c.Role == role
            && string.Equals(c.CarModelCode, facts.Car.ModelCode, StringComparison.OrdinalIgnoreCase)
            && CertificateValidity.IsValidOn(c.PassedOn, c.ExpiresOn, start)
            && CertificateValidity.IsValidOn(c.PassedOn, c.ExpiresOn, end));
        return certified
            ? null
            : new(rule, "teamId",
                $"This series needs a certified {role.ToString().ToLowerInvariant()} on {facts.Car.ModelCode}: nobody in the team's crew holds a certificate valid from {start:yyyy-MM-dd} through {end:yyyy-MM-dd}.");
    }
}
