using Microsoft.EntityFrameworkCore.Storage;
using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Cars;
using Motorsport.Regional.Events;
using Motorsport.Regional.Series;
using Motorsport.Regional.Teams;
using Motorsport.Regional.Training;

namespace Motorsport.Regional.Entries;

public static partial class EntriesApi
{
    /// <summary>
    /// Entries, checked by <see cref="EntryEligibility"/>: a broken rule is a 422 naming it in <c>rule</c>. The database holds the
    /// car-number rule too (see <see cref="Entry.ActiveCarNumber"/>), so two clerks taking the same number at the same moment
    /// get one entry and one 409; the driver and licence rules are checked in code only, a race there is accepted as unlikely.
    /// </summary>
    public static IEndpointRouteBuilder MapEntriesApi(this IEndpointRouteBuilder region)
    {
        var entries = region.MapGroup("/entries").WithTags("Entries");
        entries.MapGet("/", List).WithSummary("List entries, by event and car number");
        entries.MapGet("/{id}", Get).WithSummary("Get an entry").WithName("GetEntry");
        entries.MapPost("/", Create).WithSummary("Enter a car and its drivers in an event");
        entries.MapPut("/{id}", Update).WithSummary("Change an entry's car, number, class or drivers");
        entries.MapPost("/{id}/withdraw", Withdraw).WithSummary("Withdraw an entry");
        return region;
    }

    private static async Task<PagedResult<EntryResponse>> List(
        [AsParameters] EntryQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Entries.AsNoTracking().Include(e => e.Drivers).AsQueryable();
        if (filter.EventId is { } eventId)
        {
            query = query.Where(e => e.EventId == eventId);
        }

        if (filter.TeamId is { } teamId)
        {
            query = query.Where(e => e.TeamId == teamId);
        }

        if (filter.DriverId is { } driverId)
        {
            query = query.Where(e => e.Drivers.Any(d => d.DriverId == driverId));
        }

        if (filter.Status is not null)
        {
            var status = Enum.Parse<EntryStatus>(filter.Status, ignoreCase: true);
            query = query.Where(e => e.Status == status);
        }

        return await query.OrderBy(e => e.EventId).ThenBy(e => e.CarNumber).ThenBy(e => e.Id).ToPageAsync(paging, EntryResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().Include(e => e.Drivers).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound(id);
        }

        response.SetVersion(entry.Version);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    private static async Task<Results<CreatedAtRoute<EntryResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateEntryRequest request, [AsParameters] RegionalServices services, ILogger<Entry> logger)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        if (DuplicateDriver(request.DriverIds!) is { } duplicate)
        {
            return duplicate;
        }

        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.EventId, cancellationToken);
        if (racingEvent is null)
        {
            return ApiProblem.Unprocessable("eventId", $"No event has id '{request.EventId}'.");
        }

        if (!await db.Teams.AnyAsync(t => t.Id == request.TeamId, cancellationToken))
        {
            return ApiProblem.Unprocessable("teamId", $"No team has id '{request.TeamId}'.");
        }

        var candidate = new Candidate(request.TeamId!.Value, request.CarId!.Value, request.CarNumber!.Value, request.Class!, request.DriverIds!);
        await using var transaction = await HoldForEntryAsync(db, racingEvent, candidate, cancellationToken);
        var (accepted, problem) = await CheckAsync(racingEvent, candidate, exceptEntryId: Guid.Empty, db, logger, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var now = services.Time.GetUtcNow();
        var entry = new Entry
        {
            Id = Guid.CreateVersion7(now),
            EventId = racingEvent.Id,
            TeamId = candidate.TeamId,
            CarId = candidate.CarId,
            CarModelCode = accepted!.CarModelCode,
            CarNumber = candidate.CarNumber,
            ActiveCarNumber = candidate.CarNumber,
            Class = accepted.Class,
            Status = EntryStatus.Entered,
            CreatedAtUtc = now.UtcDateTime,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        entry.SetDrivers(candidate.DriverIds);
        db.Entries.Add(entry);
        services.Outbox.Publish(entry.ToChanged(services.Region.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogEntered(logger, entry.CarNumber, racingEvent.Name, entry.Id);
        services.Response.SetVersion(entry.Version);
        return TypedResults.CreatedAtRoute(EntryResponse.From(entry), "GetEntry", new { id = entry.Id });
    }

    private static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateEntryRequest request, [AsParameters] RegionalServices services, ILogger<Entry> logger)
    {
        if (DuplicateDriver(request.DriverIds!) is { } duplicate)
        {
            return duplicate;
        }

        var (db, cancellationToken) = (services.Db, services.Aborted);
        var (entry, racingEvent, problem) = await LoadForChangeAsync(id, services.Precondition(request), db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var candidate = new Candidate(entry!.TeamId, request.CarId!.Value, request.CarNumber!.Value, request.Class!, request.DriverIds!);
        await using var transaction = await HoldForEntryAsync(db, racingEvent!, candidate, cancellationToken);
        var (accepted, rejected) = await CheckAsync(racingEvent!, candidate, exceptEntryId: entry.Id, db, logger, cancellationToken);
        if (rejected is not null)
        {
            return rejected;
        }

        entry.CarId = candidate.CarId;
        entry.CarModelCode = accepted!.CarModelCode;
        entry.CarNumber = candidate.CarNumber;
        entry.ActiveCarNumber = candidate.CarNumber;
        entry.Class = accepted.Class;
        entry.SetDrivers(candidate.DriverIds);
        entry.Touch(services.Time);
        services.Outbox.Publish(entry.ToChanged(services.Region.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        services.Response.SetVersion(entry.Version);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    /// <summary>A withdrawn entry stays on record and frees its car number and drivers for other entries of the event.</summary>
    private static async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> Withdraw(
        Guid id, WithdrawEntryRequest request, [AsParameters] RegionalServices services, ILogger<Entry> logger)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        var (entry, racingEvent, problem) = await LoadForChangeAsync(id, services.Precondition(request), db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (racingEvent!.Status != EventStatus.Scheduled)
        {
            return ApiProblem.Unprocessable("eventId", $"Event '{racingEvent.Name}' is {racingEvent.Status}; its entries can no longer change.", EntryRules.EventNotOpen);
        }

        // A final result stands for the car that ran; a withdrawn entry would leave it pointing at a car that did not.
        if (await db.RaceSessions.AnyAsync(s => s.EventId == racingEvent.Id && s.Status == Results.SessionStatus.Final && s.Results.Any(r => r.EntryId == id), cancellationToken))
        {
            return ApiProblem.Unprocessable("id", $"Car {entry!.CarNumber} has a final result at '{racingEvent.Name}'; an entry that has raced is not withdrawn.", Results.ResultsRules.EntryHasResults);
        }

        entry!.Status = EntryStatus.Withdrawn;
        entry.ActiveCarNumber = null;
        entry.WithdrawnAtUtc = services.Time.GetUtcNow().UtcDateTime;
        entry.WithdrawalReason = request.Reason;
        entry.Touch(services.Time);
        services.Outbox.Publish(entry.ToChanged(services.Region.Id));
        await db.SaveChangesAsync(cancellationToken);

        LogWithdrawn(logger, entry.CarNumber, racingEvent.Name, entry.Id);
        services.Response.SetVersion(entry.Version);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    private static async Task<(Entry? Entry, RacingEvent? Event, ProblemHttpResult? Problem)> LoadForChangeAsync(
        Guid id, VersionPrecondition precondition, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.Include(e => e.Drivers).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return (null, null, NotFound(id));
        }

        if (precondition.Refusal(entry.Version) is { } refused)
        {
            return (null, null, refused);
        }

        if (entry.Status == EntryStatus.Withdrawn)
        {
            return (null, null, ApiProblem.Conflict("status", $"Entry #{entry.CarNumber} was withdrawn; enter the car again instead."));
        }

        var racingEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == entry.EventId, cancellationToken);
        return (entry, racingEvent, null);
    }

    private sealed record Candidate(Guid TeamId, Guid CarId, int CarNumber, string Class, IReadOnlyList<Guid> DriverIds);

    /// <summary>What an accepted entry records: the series' spelling of the class and the car's model now.</summary>
    private sealed record Accepted(string Class, string CarModelCode);

    /// <summary>
    /// Holds the series, the team and the car (in that order, as their own writes do) until the entry is saved: a class,
    /// licence or car change meanwhile would otherwise pass its own check too, and two entries of one team could both take
    /// its last licensed car.
    /// </summary>
    private static async Task<IDbContextTransaction> HoldForEntryAsync(
        RegionalDbContext db, RacingEvent racingEvent, Candidate candidate, CancellationToken cancellationToken)
    {
        var transaction = await db.BeginHoldingAsync<RacingSeries>(racingEvent.SeriesId, cancellationToken);
        await db.HoldAsync<Team>(candidate.TeamId, cancellationToken);
        await db.HoldAsync<Car>(candidate.CarId, cancellationToken);
        return transaction;
    }

    /// <summary>Gathers the facts the rules need, unknown references being 422s of their own, and applies <see cref="EntryEligibility"/>.</summary>
    private static async Task<(Accepted? Accepted, ProblemHttpResult? Problem)> CheckAsync(
        RacingEvent racingEvent, Candidate candidate, Guid exceptEntryId, RegionalDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var car = await db.Cars.AsNoTracking().Include(c => c.CarModel).SingleOrDefaultAsync(c => c.Id == candidate.CarId, cancellationToken);
        if (car is null)
        {
            return (null, ApiProblem.Unprocessable("carId", $"No car has id '{candidate.CarId}'."));
        }

        var drivers = await db.Drivers.AsNoTracking().Where(d => candidate.DriverIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var missing in candidate.DriverIds.Where(driverId => !drivers.ContainsKey(driverId)).Take(1))
        {
            return (null, ApiProblem.Unprocessable("driverIds", $"No driver has id '{missing}'."));
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Classes).SingleAsync(s => s.Id == racingEvent.SeriesId, cancellationToken);
        var others = await db.Entries.AsNoTracking().Include(e => e.Drivers)
            .Where(e => e.EventId == racingEvent.Id && e.Status == EntryStatus.Entered && e.Id != exceptEntryId)
            .ToListAsync(cancellationToken);
        var licences = await db.EntrantLicences.AsNoTracking()
            .Where(l => l.TeamId == candidate.TeamId && l.SeasonId == racingEvent.SeasonId)
            .Select(l => l.CarsAllowed)
            .ToListAsync(cancellationToken);
        var crewCertificates = await db.OfCurrentCrew(candidate.TeamId).AsNoTracking()
            .Where(c => c.CarModelCode == car.CarModel.Code)
            .Select(c => new CrewCertificateFacts(c.Role, c.CarModelCode, c.PassedOn, c.ExpiresOn))
            .ToListAsync(cancellationToken);

        var classes = series.OrderedClasses.Select(c => new ClassFacts(c.Code, c.MaxDriverAge)).ToList();
        var facts = new EntryFacts
        {
            Event = new EventFacts(racingEvent.Name, racingEvent.Status, racingEvent.StartDate, racingEvent.EndDate),
            SeriesClasses = classes,
            RequireCertifiedCrew = series.RequireCertifiedCrew,
            CrewCertificates = crewCertificates,
            TeamId = candidate.TeamId,
            Car = new CarFacts(car.Id, car.ChassisNumber, car.TeamId, car.CarModel.Code, car.CarModel.IsActive ? CatalogStatus.Active : CatalogStatus.Retired, car.CarModel.HomologationValidUntil),
            CarNumber = candidate.CarNumber,
            Class = candidate.Class,
            Drivers = candidate.DriverIds.Select(driverId => drivers[driverId]).Select(d => new DriverFacts(d.Id, d.FullName, d.DateOfBirth)).ToList(),
            OtherEntries = others.Select(e => new OtherEntryFacts(e.TeamId, e.CarId, e.CarNumber, e.DriverIds)).ToList(),
            LicenceCarsAllowed = licences,
        };

        if (EntryEligibility.Check(facts) is { } rejection)
        {
            LogRejected(logger, candidate.CarNumber, racingEvent.Name, rejection.Rule);
            return (null, ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule));
        }

        return (new Accepted(EntryEligibility.FindClass(classes, candidate.Class)!.Code, car.CarModel.Code), null);
    }

    private static ValidationProblem? DuplicateDriver(IReadOnlyList<Guid> driverIds) =>
        driverIds.Distinct().Count() == driverIds.Count ? null : ApiProblem.Invalid("driverIds", "lists a driver more than once");

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No entry has id '{id}'.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Entered car #{CarNumber} in {EventName} as entry {EntryId}")]
    private static partial void LogEntered(ILogger logger, int carNumber, string eventName, Guid entryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused car #{CarNumber} in {EventName}: rule {Rule}")]
    private static partial void LogRejected(ILogger logger, int carNumber, string eventName, string rule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrew car #{CarNumber} from {EventName} (entry {EntryId})")]
    private static partial void LogWithdrawn(ILogger logger, int carNumber, string eventName, Guid entryId);
}
