using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yardstick.Core.Pages;

namespace Yardstick.Storage;

/// <summary>
/// The site's data stamp from the database, in a handful of indexed lookups: the catalog import and price import last
/// written (every catalog or price change writes one), how many dated prices are in force now (a price dated in the
/// future changes the stamp when it takes effect), how many runs exist and when one last finished (a run is created,
/// then completed: its status, summary and figures are written with FinishedUtc).
/// </summary>
public sealed class SiteDataVersion(YardstickDatabase database, TimeProvider? clock = null) : ISiteDataVersion
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    // One round trip: the stamp is read on every request, so it is one statement of indexed lookups and counts.
    private const string Query = """
        SELECT (SELECT MAX("Id") FROM catalog_imports), (SELECT MAX("Id") FROM price_imports),
               (SELECT COUNT(*) FROM price_history WHERE "EffectiveFromUtc" <= @now),
               (SELECT COUNT(*) FROM runs), (SELECT COUNT("FinishedUtc") FROM runs), (SELECT MAX("FinishedUtc") FROM runs)
        """;

    public async Task<string> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().ToUniversalTime();
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@now";
        // SQLite keeps times as the ticks of DateTimeOffsetToBinaryConverter (SqliteYardstickDbContext); PostgreSQL as timestamptz.
        parameter.Value = database.Provider == DatabaseProvider.Sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)! : now;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var parts = new string[reader.FieldCount];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
        return string.Join('.', parts);
    }
}
