using Microsoft.EntityFrameworkCore;

namespace Motorsport.Regional.Catalog;

/// <summary>
/// A region's copy of one headquarters catalogue item, built from and advanced by its <typeparamref name="TChanged"/> events.
/// Implementations map <see cref="Version"/> as a concurrency token: two versions consumed at once would otherwise both pass
/// the "newer" check, and the later save would write the older version over the newer, column by changed column.
/// </summary>
public interface ICatalogReplica<TSelf, in TChanged>
    where TSelf : class, ICatalogReplica<TSelf, TChanged>
{
    long Version { get; }

    static abstract TSelf From(TChanged changed);

    void Apply(TChanged changed);
}

public static class CatalogReplicas
{
    /// <summary>
    /// Adds an unseen item, or applies a change newer than the replica. Returns the replica's version when the change was
    /// not newer (a duplicate, a late delivery) and so changed nothing; <c>null</c> when it was applied.
    /// Saving is left to the inbox filter, which commits it with the processed message id.
    /// </summary>
    public static async Task<long?> UpsertIfNewerAsync<TReplica, TChanged>(
        this DbSet<TReplica> replicas, Guid id, long version, TChanged changed, CancellationToken cancellationToken)
        where TReplica : class, ICatalogReplica<TReplica, TChanged>
    {
        var replica = await replicas.FindAsync([id], cancellationToken);
        if (replica is null)
        {
            replicas.Add(TReplica.From(changed));
            return null;
        }

        if (version > replica.Version)
        {
            replica.Apply(changed);
            return null;
        }

        return replica.Version;
    }
}
