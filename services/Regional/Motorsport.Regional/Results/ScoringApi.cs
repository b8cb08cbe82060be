namespace Motorsport.Regional.Results;

/// <summary>A series' scoring rules, read and replaced whole; new rules republish the standings of its seasons with results.</summary>
public static class ScoringApi
{
    public static IEndpointRouteBuilder MapScoringApi(this IEndpointRouteBuilder region)
    {
        var series = region.MapGroup("/series/{seriesId}").WithTags("Results");
        series.MapGet("/scoring", GetScoring).WithSummary("The series' scoring settings");
        series.MapPut("/scoring", PutScoring).WithSummary("Set the series' scoring settings, with the version");
        return region;
    }

    private static async Task<Results<Ok<ScoringResponse>, ProblemHttpResult>> GetScoring(
        Guid seriesId, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var scoring = await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == seriesId, cancellationToken);
        if (scoring is null)
        {
            return ApiProblem.NotFound("seriesId", $"Series '{seriesId}' has no scoring settings.");
        }

        response.SetVersion(scoring.Version);
        return TypedResults.Ok(ScoringResponse.From(scoring));
    }

    private static async Task<Results<Ok<ScoringResponse>, ProblemHttpResult>> PutScoring(
        Guid seriesId, ScoringRequest request, ResultsStore store, [AsParameters] RegionalServices services)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        if (request.Malformed() is { Count: > 0 } malformed)
        {
            return ResultsProblems.Invalid(malformed);
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Classes).Include(s => s.Seasons).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ApiProblem.NotFound("seriesId", $"No series has id '{seriesId}'.");
        }

        var document = request.ToDocument();
        var usedTypes = await db.RaceSessions.AsNoTracking()
            .Where(s => db.Events.Any(e => e.Id == s.EventId && e.SeriesId == seriesId))
            .Select(s => s.SessionType).Distinct().ToListAsync(cancellationToken);
        if (document.Unusable(series, usedTypes) is { Count: > 0 } problems)
        {
            return ResultsProblems.Unprocessable(problems, ResultsRules.InvalidScoringSettings, "The scoring settings are not usable.");
        }

        var scoring = await db.SeriesScoring.SingleOrDefaultAsync(s => s.SeriesId == seriesId, cancellationToken);
        // A series without settings is at version 0, so the first PUT states 0.
        if (services.Precondition(request).Refusal(scoring?.Version ?? 0) is { } refused)
        {
            return refused;
        }

        if (scoring is null)
        {
            scoring = new SeriesScoring { SeriesId = seriesId, Settings = "" };
            db.SeriesScoring.Add(scoring);
        }

        scoring.Document = document;
        scoring.Touch(services.Time);
        await store.SaveScoringAsync(scoring, [.. series.Seasons.Select(s => s.Id)], cancellationToken);
        services.Response.SetVersion(scoring.Version);
        return TypedResults.Ok(ScoringResponse.From(scoring));
    }
}
