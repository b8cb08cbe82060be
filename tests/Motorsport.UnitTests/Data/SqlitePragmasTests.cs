using Microsoft.EntityFrameworkCore;
using Motorsport.Data;
using Motorsport.Headquarters.Data;

namespace Motorsport.UnitTests.Data;

public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("motorsport-wal-").FullName;

    [Fact]
    public async Task A_service_database_on_SQLite_runs_in_write_ahead_log_mode_with_normal_sync()
    {
        await using var db = await OpenAsync("");

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        // 1 is NORMAL; SQLite's default is 2, FULL.
        Assert.Equal("1", await PragmaAsync(db, "synchronous"));
    }

    [Fact]
    public async Task A_writer_that_finds_the_database_locked_waits_inside_SQLite_for_the_command_timeout()
    {
        await using var db = await OpenAsync(";Default Timeout=12");

        // SQLite's default is 0: a locked database answers SQLITE_BUSY at once and Microsoft.Data.Sqlite sleeps 150 ms.
        Assert.Equal("12000", await PragmaAsync(db, "busy_timeout"));
    }

    private async Task<HeadquartersSqliteContext> OpenAsync(string settings)
    {
        var db = new HeadquartersSqliteContext(Database.Options<HeadquartersSqliteContext>(Database.Sqlite, $"Data Source={Path.Combine(folder, "hq.db")}{settings}"));
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        return db;
    }

    private static async Task<string> PragmaAsync(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
