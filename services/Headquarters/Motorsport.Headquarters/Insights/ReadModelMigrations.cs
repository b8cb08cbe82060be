using Microsoft.EntityFrameworkCore.Migrations;

namespace Motorsport.Headquarters.Insights;

/// <summary>What a migration does when it changes a projection's columns, for every database provider alike.</summary>
public static class ReadModelMigrations
{
    /// <summary>
    /// Empties <paramref name="projections"/>, whose new columns the stored rows cannot fill, and forgets when each region
    /// was heard from: at start <see cref="ReadModelBootstrap"/> then finds the read model empty and asks every region for
    /// its state, which writes the rows again with every column (a projection row is written whatever its record's version).
    /// </summary>
    public static void Reproject(this MigrationBuilder migration, params string[] projections)
    {
        foreach (var table in projections.Append("region_freshness"))
        {
            migration.Sql($"DELETE FROM \"{table}\";");
        }
    }
}
