using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Data;

namespace Motorsport.IntegrationTests.Data;

/// <summary>
/// No SQL Server engine installs here, so the SQL Server migrations are held to the model through the script they
/// generate: every migration is in it, and it creates every table, column (type and nullability), key, index and
/// concurrency token of the model. What only an engine could tell is not proved here, except the one rule SQL Server is
/// known to refuse models by: no table may be reached by two cascading deletes.
/// </summary>
public sealed partial class SqlServerMigrationScriptTests
{
    public static TheoryData<string> Services => new() { ServiceContexts.Headquarters, ServiceContexts.Regional, ServiceContexts.Web };

    /// <summary>The services whose records carry versions; the web app's key ring is only ever added to.</summary>
    public static TheoryData<string> VersionedServices => new() { ServiceContexts.Headquarters, ServiceContexts.Regional };

    [Theory]
    [MemberData(nameof(Services))]
    public void The_idempotent_script_applies_every_migration(string service)
    {
        using var db = ServiceContexts.WithoutServer(service, Database.SqlServer);
        var script = Script(db);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        foreach (var migration in db.Database.GetMigrations())
        {
            script.ShouldContain($"WHERE [MigrationId] = N'{migration}'");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_script_creates_every_table_column_key_and_index_of_the_model(string service)
    {
        using var db = ServiceContexts.WithoutServer(service, Database.SqlServer);
        var script = Script(db);
        var created = CreatedColumns(script);
        var tables = db.Model.GetRelationalModel().Tables.ToList();
        tables.ShouldNotBeEmpty();

        var missing = new List<string>();
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                var expected = $"{table.Name}.{column.Name} {column.StoreType} {(column.IsNullable ? "NULL" : "NOT NULL")}";
                if (!created.Contains(expected))
                {
                    missing.Add("column " + expected);
                }
            }

            var constraints = table.UniqueConstraints.Select(key => key.Name).Concat(table.ForeignKeyConstraints.Select(key => key.Name));
            missing.AddRange(constraints.Where(name => !script.Contains($"CONSTRAINT [{name}]")).Select(name => "constraint " + name));
            missing.AddRange(table.Indexes
                .Where(index => !Regex.IsMatch(script, $@"CREATE {(index.IsUnique ? "UNIQUE " : "")}INDEX \[{Regex.Escape(index.Name)}\] ON \[{Regex.Escape(table.Name)}\]"))
                .Select(index => "index " + index.Name));
        }

        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(VersionedServices))]
    public void Every_concurrency_token_is_a_required_column_of_the_script(string service)
    {
        using var db = ServiceContexts.WithoutServer(service, Database.SqlServer);
        var created = CreatedColumns(Script(db));
        var tokens = db.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Where(property => property.IsConcurrencyToken)
                .Select(property => $"{entity.GetTableName()}.{property.GetColumnName()} {property.GetColumnType()} NOT NULL"))
            .ToList();

        tokens.ShouldNotBeEmpty();
        tokens.Where(token => !created.Contains(token)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void No_table_is_reached_by_two_cascading_deletes(string service)
    {
        using var db = ServiceContexts.WithoutServer(service, Database.SqlServer);
        var cascades = db.Model.GetRelationalModel().Tables
            .SelectMany(table => table.ForeignKeyConstraints)
            .Where(key => key.OnDeleteAction is not (ReferentialAction.NoAction or ReferentialAction.Restrict))
            .ToLookup(key => key.PrincipalTable.Name, key => key.Table.Name);

        // SQL Server refuses a foreign key that gives a table a second cascade path from any other table, or a cycle.
        var refused = new List<string>();
        foreach (var start in cascades.Select(group => group.Key))
        {
            var paths = new Dictionary<string, int>();
            CountPaths(start, [start]);
            refused.AddRange(paths.Where(path => path.Value > 1).Select(path => $"{start} → {path.Key} by {path.Value} paths"));

            void CountPaths(string table, HashSet<string> visited)
            {
                foreach (var dependent in cascades[table])
                {
                    paths[dependent] = paths.GetValueOrDefault(dependent) + 1;
                    if (!visited.Add(dependent))
                    {
                        refused.Add($"cycle through {dependent}");
                        continue;
                    }

                    CountPaths(dependent, visited);
                    visited.Remove(dependent);
                }
            }
        }

        refused.ShouldBeEmpty();
    }

    private static string Script(DbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    /// <summary>
    /// "table.column type NULL|NOT NULL" for every column the script creates, in CREATE TABLE or ALTER TABLE … ADD, as the
    /// last ALTER TABLE … ALTER COLUMN of it leaves it (later migrations come later in the script).
    /// </summary>
    private static HashSet<string> CreatedColumns(string script)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match table in CreateTable().Matches(script))
        {
            foreach (Match column in ColumnDefinition().Matches(table.Groups["body"].Value))
            {
                columns.Add($"{table.Groups["table"].Value}.{column.Groups["column"].Value} {column.Groups["type"].Value} {column.Groups["nullability"].Value}");
            }
        }

        foreach (Match added in AddColumn().Matches(script))
        {
            columns.Add($"{added.Groups["table"].Value}.{added.Groups["column"].Value} {added.Groups["type"].Value} {added.Groups["nullability"].Value}");
        }

        foreach (Match altered in AlterColumn().Matches(script))
        {
            var column = $"{altered.Groups["table"].Value}.{altered.Groups["column"].Value} ";
            columns.RemoveWhere(c => c.StartsWith(column, StringComparison.Ordinal));
            columns.Add($"{column}{altered.Groups["type"].Value} {altered.Groups["nullability"].Value}");
        }

        return columns;
    }

    [GeneratedRegex(@"CREATE TABLE \[(?<table>[^\]]+)\] \((?<body>.*?)\n\s*\);", RegexOptions.Singleline)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s*\[(?<column>[^\]]+)\] (?<type>[a-z0-9]+(?:\([a-z0-9, ]+\))?)(?: IDENTITY)? (?<nullability>NOT NULL|NULL)", RegexOptions.Multiline)]
    private static partial Regex ColumnDefinition();

    [GeneratedRegex(@"ALTER TABLE \[(?<table>[^\]]+)\] ADD \[(?<column>[^\]]+)\] (?<type>[a-z0-9]+(?:\([a-z0-9, ]+\))?) (?<nullability>NOT NULL|NULL)")]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"ALTER TABLE \[(?<table>[^\]]+)\] ALTER COLUMN \[(?<column>[^\]]+)\] (?<type>[a-z0-9]+(?:\([a-z0-9, ]+\))?) (?<nullability>NOT NULL|NULL)")]
    private static partial Regex AlterColumn();
}
