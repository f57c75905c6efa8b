using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Yardstick.Storage;

/// <summary>
/// Opens the database a connection string names: <c>Host=…</c> (or <c>postgres://</c>) selects PostgreSQL, anything else is a
/// SQLite connection string or file path. Creates short-lived contexts; migrations run once in <see cref="MigrateAsync"/>.
/// </summary>
public sealed partial class YardstickDatabase : IAsyncDisposable
{
    private readonly DbContextOptions _options;

    private YardstickDatabase(DatabaseProvider provider, string connectionString, DbContextOptions options)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _options = options;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The connection string without passwords, for messages and logs.</summary>
    public string Description => Provider == DatabaseProvider.Sqlite
        ? $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : "PostgreSQL " + PasswordPattern().Replace(ConnectionString, "Password=***");

    /// <summary>The SQLite file <c>yardstick.db</c> under <paramref name="dataDirectory"/> (created if missing).</summary>
    public static YardstickDatabase ForDataDirectory(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return Open($"Data Source={Path.Combine(dataDirectory, "yardstick.db")}");
    }

    public static YardstickDatabase Open(string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            var options = new DbContextOptionsBuilder<PostgresYardstickDbContext>().UseNpgsql(connectionString).Options;
            return new YardstickDatabase(DatabaseProvider.Postgres, connectionString, options);
        }
        if (!connectionString.Contains('=', StringComparison.Ordinal))
            connectionString = $"Data Source={connectionString}";
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 60 };
        var sqliteOptions = new DbContextOptionsBuilder<SqliteYardstickDbContext>().UseSqlite(builder.ConnectionString).Options;
        return new YardstickDatabase(DatabaseProvider.Sqlite, builder.ConnectionString, sqliteOptions);
    }

    public static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || HostPattern().IsMatch(connectionString);

    public YardstickDbContext CreateContext() => Provider == DatabaseProvider.Postgres
        ? new PostgresYardstickDbContext((DbContextOptions<PostgresYardstickDbContext>)_options)
        : new SqliteYardstickDbContext((DbContextOptions<SqliteYardstickDbContext>)_options);

    /// <summary>Creates the database if needed and applies pending migrations; SQLite is switched to WAL for concurrent readers.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken);
        if (Provider == DatabaseProvider.Sqlite)
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Closes the pooled connections of this database, so that a command that ends (or is stopped by SIGTERM) leaves
    /// it closed: for SQLite the last close checkpoints the write-ahead log into the file and removes <c>-wal</c>.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"Password\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPattern();
}
