using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

/// <summary>What a headquarters catalogue event says of one item, whatever its kind names its id.</summary>
public readonly record struct CatalogChange<TState>(Guid Id, long Version, TState State, DateTime ChangedAtUtc);

/// <summary>
/// This region's read-only copy of one headquarters catalogue item, at the highest version received; each kind copies
/// the fields of its own <typeparamref name="TState"/>.
/// </summary>
public abstract class CatalogReplica<TState>
{
    public Guid Id { get; init; }
    public string Code { get; protected set; } = "";
    public string Status { get; protected set; } = "";
    public long Version { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }

    public bool IsActive => Status == nameof(CatalogStatus.Active);

    public void Apply(CatalogChange<TState> change)
    {
        Copy(change.State);
        Version = change.Version;
        ChangedAtUtc = change.ChangedAtUtc;
    }

    /// <summary>Takes every field of headquarters' state, <see cref="Code"/> and <see cref="Status"/> included.</summary>
    protected abstract void Copy(TState state);
}

/// <summary>
/// The columns every replica has. <see cref="CatalogReplica{TState}.Version"/> is a concurrency token: two versions consumed
/// at once would otherwise both pass the "newer" check, and the later save would write the older version over the newer,
/// column by changed column.
/// </summary>
internal abstract class CatalogReplicaConfiguration<TReplica, TState>(string table) : IEntityTypeConfiguration<TReplica>
    where TReplica : CatalogReplica<TState>
{
    public void Configure(EntityTypeBuilder<TReplica> replica)
    {
        replica.ToTable(table);
        replica.HasKey(r => r.Id);
        replica.Property(r => r.Id).ValueGeneratedNever();
        replica.Property(r => r.Code).HasMaxLength(40);
        replica.HasIndex(r => r.Code);
        replica.Property(r => r.Status).HasMaxLength(10);
        replica.Property(r => r.Version).IsConcurrencyToken();
        replica.Ignore(r => r.IsActive);
        ConfigureFields(replica);
    }

    protected abstract void ConfigureFields(EntityTypeBuilder<TReplica> replica);
}

/// <summary>
/// Keeps the replica at the newest version: adds an unseen item, applies a newer version; an older or equal one (a
/// duplicate, a late delivery) changes nothing. Saving is left to the inbox filter, which commits it with the processed
/// message id. Each kind's consumer keeps its own class, which names its queue.
/// </summary>
public abstract class CatalogChangedConsumer<TChanged, TReplica, TState>(RegionalDbContext db, ILogger logger) : IConsumer<TChanged>
    where TChanged : class
    where TReplica : CatalogReplica<TState>, new()
{
    protected abstract CatalogChange<TState> Read(TChanged changed);

    public async Task Consume(ConsumeContext<TChanged> context)
    {
        var change = Read(context.Message);
        var replicas = db.Set<TReplica>();
        var replica = await replicas.FindAsync([change.Id], context.CancellationToken);
        if (replica is null)
        {
            replica = new TReplica { Id = change.Id };
            replica.Apply(change);
            replicas.Add(replica);
        }
        else if (change.Version > replica.Version)
        {
            replica.Apply(change);
        }
        else
        {
            CatalogReplicaLog.Stale(logger, typeof(TChanged).Name, replica.Code, change.Version, replica.Version);
        }
    }
}

internal static partial class CatalogReplicaLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored {Message} of {Code} version {Version}: the replica already has version {ReplicaVersion}")]
    public static partial void Stale(ILogger logger, string message, string code, long version, long replicaVersion);
}
