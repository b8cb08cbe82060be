using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Motorsport.Regional.Results.Decisions;

/// <summary>What race control can decide after a session; <see cref="Revocation"/> undoes an earlier decision.</summary>
public enum DecisionKind { TimePenalty, PositionDrop, Disqualification, Exclusion, PointsDeduction, Revocation }

/// <summary>
/// One of race control's decisions on a session, a matter of record: who took it, when and why. Decisions are never
/// changed or deleted; one is undone only by a later <see cref="DecisionKind.Revocation"/> naming it. Which fields are
/// set depends on <see cref="Kind"/>: a car for penalties, drops and disqualifications, a driver or a team for a points
/// deduction in the season's standings.
/// </summary>
public sealed class RaceDecision
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }

    /// <summary>1, 2, 3… within the session: the order decisions apply in.</summary>
    public int Sequence { get; init; }

    public DecisionKind Kind { get; init; }
    public int? CarNumber { get; init; }
    public TimeSpan? Penalty { get; init; }
    public int? Positions { get; init; }
    public decimal? Points { get; init; }
    public Guid? DriverId { get; init; }
    public Guid? TeamId { get; init; }
    public Guid? RevokesDecisionId { get; init; }
    public string? Reason { get; init; }

    /// <summary>The subject of the token that took the decision.</summary>
    public required string DecidedBy { get; init; }

    public DateTime DecidedAtUtc { get; init; }
}

internal sealed class RaceDecisionConfiguration : IEntityTypeConfiguration<RaceDecision>
{
    public void Configure(EntityTypeBuilder<RaceDecision> decision)
    {
        decision.ToTable("race_decisions");
        decision.HasKey(d => d.Id);
        decision.Property(d => d.Id).ValueGeneratedNever();
        decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.Reason).HasMaxLength(500);
        decision.Property(d => d.DecidedBy).HasMaxLength(200);
        // Two decisions taken at once on one session cannot both take the next number: one is refused as stale.
        decision.HasIndex(d => new { d.SessionId, d.Sequence }).IsUnique();
    }
}
