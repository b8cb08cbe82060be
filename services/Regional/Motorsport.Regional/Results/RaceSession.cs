using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Scoring;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Results;

/// <summary>Pending until a classification is imported; Provisional until the stewards' decisions are in; then Final.</summary>
public enum SessionStatus { Pending, Provisional, Final }

/// <summary>
/// A scored session of an event (Race 1, Race 2…), of a session type that has a points table in the series' scoring
/// settings. Its classification rows are replaced whole by each import; a final result changes only as a correction,
/// which keeps it final and records why.
/// </summary>
public sealed class RaceSession : IVersioned
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public required string Name { get; set; }
    public required string SessionType { get; set; }

    /// <summary>Order within the event: Race 1 before Race 2, which matters for countback-free display only.</summary>
    public int Position { get; init; }

    /// <summary>What the winner's laps are compared with for half points; null for a timed race.</summary>
    public int? ScheduledLaps { get; set; }

    /// <summary>The stewards' word on half distance, set with the classification; null lets the laps decide.</summary>
    public bool? LessThanHalfDistance { get; set; }

    public SessionStatus Status { get; set; }
    public string? CorrectionReason { get; set; }
    public List<SessionResult> Results { get; init; } = [];

    /// <summary>Race control's decisions in the order taken; they apply to whatever classification is imported.</summary>
    public List<RaceDecision> Decisions { get; init; } = [];

    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Replaces the classification, updating rows of cars that stay so each car keeps one row.</summary>
    public void ReplaceResults(IReadOnlyList<SessionResult> rows)
    {
        Results.RemoveAll(existing => !rows.Any(r => r.CarNumber == existing.CarNumber));
        foreach (var row in rows)
        {
            if (Results.Find(r => r.CarNumber == row.CarNumber) is { } existing)
            {
                existing.CopyFrom(row);
            }
            else
            {
                Results.Add(row);
            }
        }
    }
}

/// <summary>
/// One car's line: the entry it matched by car number, and what the entry was then — team, entrant licence, class and
/// drivers — so a later change to the entry does not rewrite a result.
/// </summary>
public sealed class SessionResult
{
    public Guid SessionId { get; init; }
    public int CarNumber { get; init; }
    public Guid EntryId { get; set; }
    public Guid TeamId { get; set; }

    /// <summary>The licence the car ran under, for team standings; null when the team held none for the season.</summary>
    public Guid? LicenceId { get; set; }

    public required string Class { get; set; }
    public List<Guid> DriverIds { get; set; } = [];
    public ResultStatus Status { get; set; }
    public int? Position { get; set; }
    public int? Laps { get; set; }
    public bool Pole { get; set; }
    public bool FastestLap { get; set; }
    public bool Guest { get; set; }

    /// <summary>Classified though not running at the finish (the † of a published table).</summary>
    public bool NotRunning { get; set; }

    /// <summary>The car's race time as the timing export gave it; time penalties re-rank by it.</summary>
    public TimeSpan? TotalTime { get; set; }

    /// <summary>An imported line matched to its entry, as the entry stands now.</summary>
    public static SessionResult Of(Guid sessionId, ImportedRow row, Entry entry, Guid? licenceId) => new()
    {
        SessionId = sessionId,
        CarNumber = row.CarNumber,
        EntryId = entry.Id,
        TeamId = entry.TeamId,
        LicenceId = licenceId,
        Class = entry.Class,
        DriverIds = [.. entry.DriverIds],
        Status = row.Status,
        Position = row.Position,
        Laps = row.Laps,
        TotalTime = row.TotalTime,
        NotRunning = row.NotRunning,
        Pole = row.Pole,
        FastestLap = row.FastestLap,
        Guest = row.Guest,
    };

    public void CopyFrom(SessionResult other)
    {
        EntryId = other.EntryId;
        TeamId = other.TeamId;
        LicenceId = other.LicenceId;
        Class = other.Class;
        DriverIds = other.DriverIds;
        Status = other.Status;
        Position = other.Position;
        Laps = other.Laps;
        Pole = other.Pole;
        FastestLap = other.FastestLap;
        Guest = other.Guest;
        NotRunning = other.NotRunning;
        TotalTime = other.TotalTime;
    }
}

/// <summary>The version of a season's standings, one up with every change of a result in it or of its scoring rules.</summary>
public sealed class SeasonStandingsVersion
{
    public Guid SeasonId { get; init; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class RaceSessionConfiguration : IEntityTypeConfiguration<RaceSession>
{
    public void Configure(EntityTypeBuilder<RaceSession> session)
    {
        session.ToTable("race_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.Name).HasMaxLength(40);
        session.Property(s => s.SessionType).HasMaxLength(40);
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(12);
        session.Property(s => s.CorrectionReason).HasMaxLength(500);
        session.Property(s => s.Version).IsConcurrencyToken();
        session.HasIndex(s => new { s.EventId, s.Name }).IsUnique();
        session.HasOne<RacingEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
        session.HasMany(s => s.Results).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        session.HasMany(s => s.Decisions).WithOne().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionResultConfiguration : IEntityTypeConfiguration<SessionResult>
{
    public void Configure(EntityTypeBuilder<SessionResult> result)
    {
        result.ToTable("session_results");
        result.HasKey(r => new { r.SessionId, r.CarNumber });
        result.Property(r => r.Class).HasMaxLength(20);
        result.Property(r => r.Status).HasConversion<string>().HasMaxLength(14);
        // At most four drivers: a short text column keeps the schema the same on SQLite and PostgreSQL.
        result.Property(r => r.DriverIds)
            .HasConversion(
                ids => string.Join(',', ids),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)), ids => ids.ToList()))
            .HasMaxLength(200);
        // Rows imported before the flag existed were all running.
        result.Property(r => r.NotRunning).HasDefaultValue(false);
        result.HasOne<Entry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SeasonStandingsVersionConfiguration : IEntityTypeConfiguration<SeasonStandingsVersion>
{
    public void Configure(EntityTypeBuilder<SeasonStandingsVersion> version)
    {
        version.ToTable("season_standings");
        version.HasKey(v => v.SeasonId);
        version.Property(v => v.SeasonId).ValueGeneratedNever();
        version.Property(v => v.Version).IsConcurrencyToken();
        version.HasOne<Season>().WithMany().HasForeignKey(v => v.SeasonId).OnDelete(DeleteBehavior.Cascade);
    }
}
