using Npgsql;

namespace Yardstick.Storage.Tests;

/// <summary>Fresh, empty databases for contract tests: a temp SQLite file, or a new PostgreSQL database on the server YARDSTICK_TEST_POSTGRES names.</summary>
internal static class TestDatabases
{
    public const string PostgresVariable = "YARDSTICK_TEST_POSTGRES";

    public static async Task<YardstickDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        YardstickDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "yardstick-tests", Guid.NewGuid().ToString("N"));
            database = YardstickDatabase.ForDataDirectory(folder);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
                Assert.Skip($"No PostgreSQL server: set {PostgresVariable} (e.g. Host=127.0.0.1;Username=yardstick;Password=yardstick;Database=postgres); .ci/run starts one.");
            var name = "yardstick_t_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }
            database = YardstickDatabase.Open(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }
        if (migrate)
            await database.MigrateAsync();
        return database;
    }
}
