using Npgsql;

namespace Yardstick.Scheduling.Quartz;

/// <summary>
/// Creates Quartz's PostgreSQL tables when they are missing: the script of the Quartz.NET repository
/// (database/tables/tables_postgres.sql), shipped as an embedded resource with every CREATE made IF NOT EXISTS, run in
/// one transaction under an advisory lock so that workers starting at the same moment do not race. Never drops or alters.
/// </summary>
internal static class QuartzSchema
{
    // Any fixed 64-bit number, the same in every Yardstick process: serialises schema creation across the cluster.
    private const long AdvisoryLockKey = 0x59617264_51727A31;

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(Script(), connection, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static string Script()
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream("Yardstick.Scheduling.tables_postgres.sql")
            ?? throw new InvalidOperationException("The Quartz schema script is not embedded in Yardstick.Scheduling.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
