using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Motorsport.Data;

/// <summary>
/// For rules that span two aggregates (an entry needs its team's licences, its car's team, its series' classes): the check
/// and the write that relies on it must not interleave with a write to the other aggregate, or both pass and together break
/// the rule. Both sides open a transaction and hold the shared parent row: PostgreSQL (<c>FOR UPDATE</c>) and SQL Server
/// (<c>UPDLOCK, HOLDLOCK</c>) lock it until the transaction ends; SQLite takes its single write lock when the transaction
/// begins, which serializes writers anyway.
/// </summary>
public static class RowLocks
{
    public static async Task<IDbContextTransaction> BeginHoldingAsync<TEntity>(this DbContext db, Guid id, CancellationToken cancellationToken)
        where TEntity : class
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HoldAsync<TEntity>(id, cancellationToken);
        return transaction;
    }

    /// <summary>Holds one more row in the current transaction; callers hold rows in one order (series, team, car) so two never wait on each other.</summary>
    public static async Task HoldAsync<TEntity>(this DbContext db, Guid id, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var (table, key) = (entity.GetTableName(), entity.FindPrimaryKey()!.Properties.Single().GetColumnName());
        // Identifiers come from the model, never from a request; the id is a parameter.
        var sql = db.Database.IsNpgsql() ? "SELECT 1 FROM \"" + table + "\" WHERE \"" + key + "\" = {0} FOR UPDATE"
            : db.Database.IsSqlServer() ? "SELECT 1 FROM [" + table + "] WITH (UPDLOCK, HOLDLOCK, ROWLOCK) WHERE [" + key + "] = {0}"
            : null;
        if (sql is null)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(sql, [id], cancellationToken);
    }
}
