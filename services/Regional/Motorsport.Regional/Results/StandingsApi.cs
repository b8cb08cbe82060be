using Motorsport.Regional.Regions;
using Motorsport.Regional.Results.Exports;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results;

/// <summary>Standings computed on read from the stored classifications and decisions, as JSON or CSV, and the season's calendar.</summary>
public static class StandingsApi
{
    public static IEndpointRouteBuilder MapStandingsApi(this IEndpointRouteBuilder region)
    {
        var seasons = region.MapGroup("/series/{seriesId}/seasons/{seasonId}").WithTags("Results");
        seasons.MapGet("/standings", GetStandings).WithSummary("One standings table of the season (JSON or CSV)").Produces(200, contentType: ResultsExports.CsvType);
        seasons.MapGet("/standings/all", GetAllStandings).WithSummary("Every standings table of the season (JSON or CSV)").Produces(200, contentType: ResultsExports.CsvType);
        seasons.MapGet("/calendar.ics", GetCalendar).WithSummary("The season's events as iCalendar").Produces<string>(200, ResultsExports.CalendarType);
        return region;
    }

    /// <summary>One table, as JSON or (<c>format=csv</c>, <c>Accept: text/csv</c>) CSV.</summary>
    private static async Task<Results<Ok<StandingsResponse>, ContentHttpResult, ProblemHttpResult>> GetStandings(
        Guid seriesId, Guid seasonId, [AsParameters] StandingsQuery query, RegionalDbContext db, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (season, version, problem) = await LoadStandingsAsync(seriesId, seasonId, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var classification = query.Classification ?? Classifications.Overall;
        var tables = season!.Tables(query.IncludeGuests ?? false);
        var table = tables.FirstOrDefault(t => string.Equals(t.Classification, classification, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            return ApiProblem.NotFound("classification", $"'{classification}' is not a classification of this series; it has {string.Join(", ", tables.Select(t => t.Classification))}.");
        }

        response.SetVersion(version);
        return ResultsExports.WantsCsv(request, query.Format)
            ? TypedResults.Text(ResultsExports.Standings([table]), ResultsExports.CsvType)
            : TypedResults.Ok(new StandingsResponse(seriesId, seasonId, table.Classification, season.Provisional, version, table.Rows));
    }

    /// <summary>Every table of the season: Overall, each class, Teams.</summary>
    private static async Task<Results<Ok<StandingsTablesResponse>, ContentHttpResult, ProblemHttpResult>> GetAllStandings(
        Guid seriesId, Guid seasonId, [AsParameters] StandingsQuery query, RegionalDbContext db, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (season, version, problem) = await LoadStandingsAsync(seriesId, seasonId, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tables = season!.Tables(query.IncludeGuests ?? false);
        response.SetVersion(version);
        return ResultsExports.WantsCsv(request, query.Format)
            ? TypedResults.Text(ResultsExports.Standings(tables), ResultsExports.CsvType)
            : TypedResults.Ok(new StandingsTablesResponse(seriesId, seasonId, season.Provisional, version, tables));
    }

    private static async Task<(SeasonResults? Season, long Version, ProblemHttpResult? Problem)> LoadStandingsAsync(
        Guid seriesId, Guid seasonId, RegionalDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Seasons.AnyAsync(s => s.Id == seasonId && s.SeriesId == seriesId, cancellationToken))
        {
            return (null, 0, ApiProblem.NotFound("seasonId", $"Series '{seriesId}' has no season '{seasonId}'."));
        }

        var season = await SeasonResults.LoadAsync(db, seasonId, cancellationToken);
        if (season.Scoring is null)
        {
            return (null, 0, ApiProblem.Unprocessable("seriesId", "The series has no scoring settings yet.", ResultsRules.NoScoringSettings));
        }

        var version = await db.SeasonStandingsVersions.AsNoTracking().Where(v => v.SeasonId == seasonId).Select(v => v.Version).SingleOrDefaultAsync(cancellationToken);
        return (season, version, null);
    }

    /// <summary>The season's events as an iCalendar feed, cancelled ones marked cancelled.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCalendar(
        Guid seriesId, Guid seasonId, RegionalDbContext db, RegionOptions region, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seasonId && s.SeriesId == seriesId, cancellationToken);
        if (season is null)
        {
            return ApiProblem.NotFound("seasonId", $"Series '{seriesId}' has no season '{seasonId}'.");
        }

        var series = await db.Series.AsNoTracking().SingleAsync(s => s.Id == seriesId, cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.SeasonId == seasonId).ToListAsync(cancellationToken);
        return TypedResults.Text(ResultsExports.Calendar($"{series.Name} {season.Year}", $"{region.Id}.motorsport", events), ResultsExports.CalendarType);
    }
}
