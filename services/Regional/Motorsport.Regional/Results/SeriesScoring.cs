using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Results.Scoring;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Results;

/// <summary>Best <see cref="BestCount"/> results count, counted per session or per round.</summary>
public sealed record DropsDocument(int BestCount, DropUnit Unit);

/// <summary>
/// A series' scoring rules as stored and as the API shows them. Class tables are optional: a class without one uses the
/// overall tables. Rounds are numbered 1, 2… by event start date within a season, cancelled events left out.
/// </summary>
public sealed record ScoringDocument(
    IReadOnlyDictionary<string, IReadOnlyList<decimal>> PointsBySessionType,
    decimal PoleBonus,
    decimal FastestLapBonus,
    bool BonusRequiresClassifiedFinish,
    bool HalfPointsBelowHalfDistance,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>>> ClassPoints,
    DropsDocument? Drops,
    IReadOnlyList<int> NonDroppableRounds,
    int MinimumStarts,
    int TeamCarsCounted)
{
    /// <summary>The engine's settings, with the series' classes in the series' order.</summary>
    public ScoringSettings ToSettings(IEnumerable<SeriesClass> seriesClasses) => new()
    {
        PointsBySessionType = Tables(PointsBySessionType),
        PoleBonus = PoleBonus,
        FastestLapBonus = FastestLapBonus,
        BonusRequiresClassifiedFinish = BonusRequiresClassifiedFinish,
        HalfPointsBelowHalfDistance = HalfPointsBelowHalfDistance,
        Classes = seriesClasses
            .Select(c => new ClassSettings(
                c.Code,
                ClassPoints.FirstOrDefault(p => string.Equals(p.Key, c.Code, StringComparison.OrdinalIgnoreCase)).Value is { } tables ? Tables(tables) : null))
            .ToList(),
        Drops = Drops is null ? null : new DroppedResults(Drops.BestCount, Drops.Unit),
        MinimumStarts = MinimumStarts,
        TeamCarsCounted = TeamCarsCounted,
    };

    /// <summary>
    /// What keeps well-formed rules from being used for <paramref name="series"/>: invalid settings, class tables for
    /// classes it does not have or without an overall table, or the loss of a table that sessions of
    /// <paramref name="usedSessionTypes"/> still score by. Keyed by field.
    /// </summary>
    public Dictionary<string, string[]> Unusable(RacingSeries series, IReadOnlyCollection<string> usedSessionTypes)
    {
        var problems = new Dictionary<string, string[]>();
        if (ToSettings(series.OrderedClasses).Validate() is { Count: > 0 } invalid)
        {
            problems["settings"] = [.. invalid];
        }

        if (ClassPoints.Keys.Where(code => series.FindClass(code) is null).ToList() is { Count: > 0 } unknownClasses)
        {
            problems["classPoints"] = [$"{string.Join(", ", unknownClasses)} is not a class of this series; it has {string.Join(", ", series.OrderedClasses.Select(c => c.Code))}."];
        }

        foreach (var (field, messages) in PointsTableRules.ClassTablesWithoutOverall(PointsBySessionType, ClassPoints))
        {
            problems[field] = messages;
        }

        if (usedSessionTypes.Where(t => !HasSessionType(t)).ToList() is { Count: > 0 } orphaned)
        {
            problems["pointsBySessionType"] = [$"Sessions of type {string.Join(", ", orphaned)} exist; their points table cannot be removed."];
        }

        return problems;
    }

    public bool HasSessionType(string sessionType) =>
        PointsBySessionType.Keys.Any(k => string.Equals(k, sessionType, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, PointsTable> Tables(IReadOnlyDictionary<string, IReadOnlyList<decimal>> tables) =>
        tables.ToDictionary(t => t.Key, t => new PointsTable(t.Value), StringComparer.OrdinalIgnoreCase);
}

/// <summary>A series' scoring settings, one row per series; the rules are a JSON document, read and written whole.</summary>
public sealed class SeriesScoring : IVersioned
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Guid SeriesId { get; init; }

    /// <summary>The <see cref="ScoringDocument"/> as JSON: the rules are only ever used together, never queried apart.</summary>
    public required string Settings { get; set; }

    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public ScoringDocument Document
    {
        get => JsonSerializer.Deserialize<ScoringDocument>(Settings, Json)!;
        set => Settings = JsonSerializer.Serialize(value, Json);
    }
}

internal sealed class SeriesScoringConfiguration : IEntityTypeConfiguration<SeriesScoring>
{
    public void Configure(EntityTypeBuilder<SeriesScoring> scoring)
    {
        scoring.ToTable("series_scoring");
        scoring.HasKey(s => s.SeriesId);
        scoring.Property(s => s.SeriesId).ValueGeneratedNever();
        scoring.Property(s => s.Version).IsConcurrencyToken();
        scoring.Ignore(s => s.Document);
        scoring.HasOne<RacingSeries>().WithOne().HasForeignKey<SeriesScoring>(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
