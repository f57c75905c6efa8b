using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Yardstick.Storage.Seeding;

/// <summary>
/// Writes many rows fast over one open connection: on SQLite one prepared INSERT per table reused for every row inside the
/// caller's transaction; on PostgreSQL a binary COPY per table and batch. Rows go in as given (no upsert, no change tracking).
/// </summary>
internal sealed class BulkWriter(DbConnection connection)
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public async Task WriteAsync<T>(BulkTable<T> table, IReadOnlyList<T> rows, DbTransaction? transaction, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return;
        if (connection is NpgsqlConnection postgres)
            await CopyAsync(postgres, table, rows, cancellationToken);
        else
            await InsertAsync((SqliteConnection)connection, table, rows, (SqliteTransaction?)transaction, cancellationToken);
    }

    private Task InsertAsync<T>(SqliteConnection sqlite, BulkTable<T> table, IReadOnlyList<T> rows, SqliteTransaction? transaction,
        CancellationToken cancellationToken) where T : class
    {
        if (!_prepared.TryGetValue(table.Name, out var command))
        {
            command = sqlite.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < table.Columns.Count; i++)
                command.Parameters.Add(new SqliteParameter("$p" + i, null));
            _prepared[table.Name] = command;
        }
        command.Transaction = transaction;
        foreach (var row in rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
                command.Parameters[i].Value = table.Columns[i].Value(row) ?? DBNull.Value;
            cancellationToken.ThrowIfCancellationRequested();
            // Synchronous on purpose: Microsoft.Data.Sqlite's async calls run synchronously anyway, plus a task per row.
            command.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection postgres, BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        var types = table.Columns.Select(c => BaseType(c.StoreType)).ToArray();
        var copy = $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await postgres.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Value(row) is { } value)
                    await importer.WriteAsync(value, types[i], cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>"numeric(18,8)" → "numeric": COPY names the type, the column keeps its precision.</summary>
    private static string BaseType(string storeType) => storeType.Split('(')[0].Trim();

    public async ValueTask DisposeCommandsAsync()
    {
        foreach (var command in _prepared.Values)
            await command.DisposeAsync();
        _prepared.Clear();
    }
}
