using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;

namespace Motorsport.Regional.Series;

public static class SeriesApi
{
    public static IEndpointRouteBuilder MapSeriesApi(this IEndpointRouteBuilder region)
    {
        var series = region.MapGroup("/series").WithTags("Series");
        series.MapGet("/", List).WithSummary("List series, by code");
        series.MapGet("/{id}", Get).WithSummary("Get a series with its classes, seasons and settings").WithName("GetSeries");
        series.MapPost("/", Create).WithSummary("Create a series");
        series.MapPut("/{id}", Update).WithSummary("Change a series, its classes or settings");
        series.MapPost("/{id}/seasons", AddSeason).WithSummary("Add a season to a series");
        return region;
    }

    private static IQueryable<RacingSeries> WithChildren(this IQueryable<RacingSeries> series) =>
        series.Include(s => s.Classes).Include(s => s.Seasons).AsSplitQuery();

    private static async Task<PagedResult<SeriesResponse>> List(
        [AsParameters] SeriesQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Series.AsNoTracking().WithChildren();
        if (filter.Code is not null)
        {
            query = query.Where(s => s.Code == filter.Code);
        }

        return await query.OrderBy(s => s.Code).ThenBy(s => s.Id).ToPageAsync(paging, SeriesResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().WithChildren().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (series is null)
        {
            return NotFound(id);
        }

        response.SetVersion(series.Version);
        return TypedResults.Ok(SeriesResponse.From(series));
    }

    private static async Task<Results<CreatedAtRoute<SeriesResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateSeriesRequest request, [AsParameters] RegionalServices services)
    {
        var classes = SeriesClassRules.Normalized(request.Classes!);
        if (SeriesClassRules.Check(classes) is { } invalid)
        {
            return ApiProblem.Invalid(invalid.Field, invalid.Message);
        }

        if (await services.Db.Series.AnyAsync(s => s.Code == request.Code, services.Aborted))
        {
            return ApiProblem.Conflict("code", $"A series with code '{request.Code}' already exists.");
        }

        var now = services.Time.GetUtcNow();
        var series = new RacingSeries
        {
            Id = Guid.CreateVersion7(now),
            Code = request.Code!,
            Name = request.Name!,
            RequireCertifiedCrew = request.Settings?.RequireCertifiedCrew ?? true,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        ApplyClasses(series, classes);
        services.Db.Series.Add(series);
        services.Outbox.Publish(series.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(series.Version);
        return TypedResults.CreatedAtRoute(SeriesResponse.From(series), "GetSeries", new { id = series.Id });
    }

    private static async Task<Results<Ok<SeriesResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateSeriesRequest request, [AsParameters] RegionalServices services)
    {
        var classes = SeriesClassRules.Normalized(request.Classes!);
        if (SeriesClassRules.Check(classes) is { } invalid)
        {
            return ApiProblem.Invalid(invalid.Field, invalid.Message);
        }

        // Held against an entry in one of its classes being accepted meanwhile (see RowLocks).
        var db = services.Db;
        await using var transaction = await db.BeginHoldingAsync<RacingSeries>(id, services.Aborted);
        var usedClasses = await db.Entries
            .Where(e => e.Status == EntryStatus.Entered && db.Events.Any(ev => ev.Id == e.EventId && ev.SeriesId == id))
            .Select(e => e.Class)
            .Distinct()
            .ToListAsync(services.Aborted);
        var standingDrivers = classes.Any(c => c.MaxDriverAge is not null) ? await StandingDriversAsync(id, db, services.Aborted) : [];
        var result = await Change(id, request, services, series =>
        {
            if (SeriesClassRules.RemovedInUse(series.Classes.Select(c => c.Code), classes.Select(c => c.Code!), usedClasses) is [_, ..] inUse)
            {
                return ApiProblem.Unprocessable("classes",
                    $"Standing entries of series '{series.Code}' run in {string.Join(", ", inUse)}; withdraw them before removing the class.", SeriesRules.ClassInUse);
            }

            var currentClasses = series.Classes.Select(c => new ClassFacts(c.Code, c.MaxDriverAge));
            if (SeriesClassRules.AgeLimitBrokenBy(currentClasses, classes, standingDrivers) is { } tooOld)
            {
                return ApiProblem.Unprocessable(tooOld.Field, tooOld.Message, SeriesRules.ClassLimitBreaksEntries);
            }

            series.Name = request.Name!;
            series.RequireCertifiedCrew = request.Settings?.RequireCertifiedCrew ?? series.RequireCertifiedCrew;
            ApplyClasses(series, classes);
            return null;
        });
        await transaction.CommitAsync(services.Aborted);
        return result;
    }

    /// <summary>The drivers of the series' standing entries in its scheduled events: those a class age limit still applies to.</summary>
    private static async Task<IReadOnlyList<StandingEntryDriver>> StandingDriversAsync(Guid seriesId, RegionalDbContext db, CancellationToken cancellationToken) =>
        await (from entry in db.Entries
               join ev in db.Events on entry.EventId equals ev.Id
               from entryDriver in entry.Drivers
               join driver in db.Drivers on entryDriver.DriverId equals driver.Id
               where entry.Status == EntryStatus.Entered && ev.SeriesId == seriesId && ev.Status == EventStatus.Scheduled
               select new StandingEntryDriver(entry.Class, entry.CarNumber, ev.Name, ev.StartDate, driver.FirstName + " " + driver.LastName, driver.DateOfBirth))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    private static async Task<Results<Ok<SeriesResponse>, ValidationProblem, ProblemHttpResult>> AddSeason(
        Guid id, AddSeasonRequest request, [AsParameters] RegionalServices services) =>
        await Change(id, request, services, series =>
        {
            var year = request.Year!.Value;
            if (series.Seasons.Any(s => s.Year == year))
            {
                return ApiProblem.Conflict("year", $"Series '{series.Code}' already has a {year} season.");
            }

            series.Seasons.Add(new Season
            {
                Id = Guid.CreateVersion7(services.Time.GetUtcNow()),
                SeriesId = series.Id,
                Year = year,
                Name = string.IsNullOrWhiteSpace(request.Name) ? $"{series.Name} {year}" : request.Name.Trim(),
            });
            return null;
        });

    private static async Task<Results<Ok<SeriesResponse>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, IVersionedRequest request, RegionalServices services, Func<RacingSeries, ProblemHttpResult?> apply)
    {
        var series = await services.Db.Series.WithChildren().SingleOrDefaultAsync(s => s.Id == id, services.Aborted);
        return await services.TryChangeAsync(series, NotFound(id), request, apply, (changed, region) => changed.ToChanged(region)) is { } problem
            ? problem
            : TypedResults.Ok(SeriesResponse.From(series!));
    }

    /// <summary>Replaces the classes in the requested order, keeping the rows of codes that stay (codes match case-insensitively).</summary>
    private static void ApplyClasses(RacingSeries series, IReadOnlyList<SeriesClassRequest> requested)
    {
        for (var position = 0; position < requested.Count; position++)
        {
            var wanted = requested[position];
            var existing = series.FindClass(wanted.Code!);
            if (existing is null)
            {
                series.Classes.Add(new SeriesClass
                {
                    SeriesId = series.Id,
                    Code = wanted.Code!,
                    Name = wanted.Name ?? wanted.Code!,
                    MaxDriverAge = wanted.MaxDriverAge,
                    Position = position,
                });
            }
            else
            {
                existing.Name = wanted.Name ?? existing.Code;
                existing.MaxDriverAge = wanted.MaxDriverAge;
                existing.Position = position;
            }
        }

        series.Classes.RemoveAll(c => !requested.Any(r => string.Equals(r.Code, c.Code, StringComparison.OrdinalIgnoreCase)));
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No series has id '{id}'.");
}
