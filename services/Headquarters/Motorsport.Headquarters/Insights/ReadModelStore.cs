using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Writes the read model as upserts, each one statement: two first versions of one record (or the first messages of a new
/// region) applied at once both succeed on the first try, instead of one failing on the primary key and being retried, and
/// the version condition inside the statement keeps an older version from overwriting a newer one whatever the order. The
/// only SQL of the read model, in one place per provider: SQLite and PostgreSQL share <c>INSERT … ON CONFLICT</c>; SQL
/// Server, when it comes, is a <c>MERGE … WITH (HOLDLOCK)</c> here.
/// </summary>
public sealed class ReadModelStore(HeadquartersDbContext db)
{
    private static readonly ConcurrentDictionary<IEntityType, (string Sql, IReadOnlyList<IProperty> Columns)> Upserts = new();

    /// <summary>
    /// Folds one change into the read model: its record and, for the kinds views query, its projected row
    /// (<see cref="Projections"/>), each under its own version condition, so a row missed once is written by any redelivery;
    /// then the region counts as heard from at <paramref name="heardAtUtc"/>.
    /// </summary>
    public async Task ApplyAsync<TState>(IRegionalChange<TState> change, DateTime heardAtUtc, CancellationToken cancellationToken)
    {
        await UpsertAsync(
            new RegionalRecord
            {
                Region = change.Region, Kind = RegionalKinds.Of<TState>(), EntityId = change.Id, Version = change.Version,
                State = JsonSerializer.Serialize(change.State, InsightsJson.Options), ChangedAtUtc = change.ChangedAtUtc,
            },
            cancellationToken);
        if (Projections.RowOf(change.Region, change.Id, change.Version, change.State) is { } row)
        {
            await UpsertAsync(row, cancellationToken);
        }

        await HeardAsync(change.Region, heardAtUtc, change.ChangedAtUtc, cancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="row"/>, or replaces the stored row with the same key if its <c>Version</c> is lower; one
    /// statement built from the model, so the records and every projection share it. Says whether the row was written.
    /// </summary>
    public async Task<bool> UpsertAsync(object row, CancellationToken cancellationToken)
    {
        var (sql, columns) = Upserts.GetOrAdd(db.Model.FindEntityType(row.GetType())!, UpsertOf);
        var values = columns.Select(c => c.GetGetter().GetClrValue(row)).Select(value => value is DateTime time ? Utc(time) : value).ToArray();
        return await db.Database.ExecuteSqlRawAsync(sql, values!, cancellationToken) == 1;
    }

    /// <summary>Forgets everything headquarters heard from the regions, records, projections and freshness alike.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        var readModel = db.Model.GetEntityTypes().Where(e =>
            e.ClrType.IsAssignableTo(typeof(ProjectedRow)) || e.ClrType == typeof(RegionalRecord) || e.ClrType == typeof(RegionFreshness));
        foreach (var entity in readModel)
        {
            var delete = $"DELETE FROM {Quote(entity.GetTableName()!)}";
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        }
    }

    /// <summary>Records that <paramref name="region"/> was heard from now, and moves its last change forward (never back).</summary>
    public async Task HeardAsync(string region, DateTime heardAtUtc, DateTime? changedAtUtc, CancellationToken cancellationToken)
    {
        var table = Table<RegionFreshness>(out var entity);
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName());
        var (key, lastMessage, lastChange) = (
            Column(nameof(RegionFreshness.Region)), Column(nameof(RegionFreshness.LastMessageAtUtc)), Column(nameof(RegionFreshness.LastChangeAtUtc)));
        var sql = Provider switch
        {
            Dialect.OnConflict => $$"""
                INSERT INTO {{table}} ({{key}}, {{lastMessage}}, {{lastChange}}) VALUES ({0}, {1}, {2})
                ON CONFLICT ({{key}}) DO UPDATE
                SET {{lastMessage}} = excluded.{{lastMessage}},
                    {{lastChange}} = CASE WHEN {{table}}.{{lastChange}} IS NULL OR excluded.{{lastChange}} > {{table}}.{{lastChange}}
                        THEN excluded.{{lastChange}} ELSE {{table}}.{{lastChange}} END
                """,
            _ => throw Unsupported(),
        };
        await db.Database.ExecuteSqlAsync(
            FormattableStringFactory.Create(sql, region, Utc(heardAtUtc), changedAtUtc is { } changed ? Utc(changed) : null), cancellationToken);
    }

    private enum Dialect { OnConflict, Unsupported }

    private Dialect Provider => db.Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" or "Npgsql.EntityFrameworkCore.PostgreSQL" => Dialect.OnConflict,
        _ => Dialect.Unsupported,
    };

    private InvalidOperationException Unsupported() => new($"The read model has no upsert for {db.Database.ProviderName}.");

    // Built once per row type (the model is built once per context type): every consumed change runs one.
    private (string Sql, IReadOnlyList<IProperty> Columns) UpsertOf(IEntityType entity)
    {
        var table = Quote(entity.GetTableName()!);
        var columns = entity.GetProperties().ToList();
        var keys = entity.FindPrimaryKey()!.Properties;
        var version = Quote(entity.FindProperty("Version")!.GetColumnName());
        var sql = Provider switch
        {
            Dialect.OnConflict => $"""
                INSERT INTO {table} ({string.Join(", ", columns.Select(Column))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"{{{i}}}"))})
                ON CONFLICT ({string.Join(", ", keys.Select(Column))}) DO UPDATE
                SET {string.Join(", ", columns.Except(keys).Select(c => $"{Column(c)} = excluded.{Column(c)}"))}
                WHERE {table}.{version} < excluded.{version}
                """,
            _ => throw Unsupported(),
        };
        return (sql, columns);
    }

    // Identifiers come from the model, never from a message; values are parameters.
    private string Table<TEntity>(out IEntityType entity)
    {
        entity = db.Model.FindEntityType(typeof(TEntity))!;
        return Quote(entity.GetTableName()!);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";

    private static string Column(IProperty property) => Quote(property.GetColumnName());

    // Raw SQL bypasses the model's UTC converter; PostgreSQL's timestamptz refuses any other kind.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
