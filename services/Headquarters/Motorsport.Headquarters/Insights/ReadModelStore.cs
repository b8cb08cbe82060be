using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
    /// <summary>Stores <paramref name="record"/> unless a version at least as new is already there.</summary>
    public async Task ApplyAsync(RegionalRecord record, CancellationToken cancellationToken)
    {
        var table = Table<RegionalRecord>(out var entity);
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName());
        var (region, kind, id, version, state, changedAt) = (
            Column(nameof(RegionalRecord.Region)), Column(nameof(RegionalRecord.Kind)), Column(nameof(RegionalRecord.EntityId)),
            Column(nameof(RegionalRecord.Version)), Column(nameof(RegionalRecord.State)), Column(nameof(RegionalRecord.ChangedAtUtc)));
        var sql = Provider switch
        {
            Dialect.OnConflict => $$"""
                INSERT INTO {{table}} ({{region}}, {{kind}}, {{id}}, {{version}}, {{state}}, {{changedAt}}) VALUES ({0}, {1}, {2}, {3}, {4}, {5})
                ON CONFLICT ({{region}}, {{kind}}, {{id}}) DO UPDATE
                SET {{version}} = excluded.{{version}}, {{state}} = excluded.{{state}}, {{changedAt}} = excluded.{{changedAt}}
                WHERE {{table}}.{{version}} < excluded.{{version}}
                """,
            _ => throw Unsupported(),
        };
        await db.Database.ExecuteSqlAsync(
            FormattableStringFactory.Create(sql, record.Region, record.Kind, record.EntityId, record.Version, record.State, Utc(record.ChangedAtUtc)), cancellationToken);
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

    // Identifiers come from the model, never from a message; values are parameters.
    private string Table<TEntity>(out IEntityType entity)
    {
        entity = db.Model.FindEntityType(typeof(TEntity))!;
        return Quote(entity.GetTableName()!);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";

    // Raw SQL bypasses the model's UTC converter; PostgreSQL's timestamptz refuses any other kind.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
