using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Motorsport.IntegrationTests.Data;

/// <summary>Reads a database's tables, columns, indexes and foreign keys as sorted text lines that two databases can be compared by.</summary>
public static class SchemaReader
{
    private const string MigrationsHistory = "__EFMigrationsHistory";

    public static async Task<IReadOnlyList<string>> ReadAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        var lines = connection switch
        {
            NpgsqlConnection => await ReadPostgresAsync(connection),
            SqliteConnection => await ReadSqliteAsync(connection),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = await QueryAsync(connection, $"""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '') || ' identity=' || is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '{MigrationsHistory}'
            """);
        lines.AddRange(await QueryAsync(connection, $"""
            SELECT 'index ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '{MigrationsHistory}'
            """));
        lines.AddRange(await QueryAsync(connection, """
            SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """));
        return lines;
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || coalesce(dflt_value, '') || ' pk=' || pk FROM pragma_table_info('{table}')"));
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'fk {table}.' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"));
            var indexes = await QueryAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'");
            foreach (var index in indexes)
            {
                var name = index.Split(' ')[0];
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
                lines.Add($"index {table} {index} ({string.Join(", ", columns)})");
            }
        }

        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
