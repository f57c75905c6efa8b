using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Entities;
using Yardstick.Storage.Runs;

namespace Yardstick.Storage.Seeding;

/// <summary>
/// Writes a <see cref="SeedPlan"/> into a migrated database, beside whatever is there (the imported catalog stays): models,
/// their facts, capabilities and endpoints, runs, samples and each run's precomputed figures (run_summaries), in batches
/// of <see cref="ModelsPerBatch"/> models, one transaction each. Generation runs ahead of writing on another thread.
/// </summary>
public sealed class DatabaseSeeder(YardstickDatabase database)
{
    private const int ModelsPerBatch = 100;

    /// <summary>True when the database already holds seeded models (a second seed would collide with their keys).</summary>
    public async Task<bool> HasSeedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.Models.AnyAsync(m => m.Slug.StartsWith(SyntheticSite.SlugPrefix), cancellationToken);
    }

    public async Task<SeedResult> SeedAsync(SeedPlan plan, IProgress<int>? modelsWritten = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        await using var context = database.CreateContext();
        var tables = new SeedTables(context);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
            await Execute(connection, "PRAGMA synchronous=OFF;", cancellationToken);
        var writer = new BulkWriter(connection);
        long runs = 0, samples = 0, rows = 0;
        try
        {
            var batches = Enumerable.Range(0, (plan.Models + ModelsPerBatch - 1) / ModelsPerBatch)
                .Select(b => (First: b * ModelsPerBatch, Count: Math.Min(ModelsPerBatch, plan.Models - b * ModelsPerBatch))).ToList();
            Task<SeedBatch> Generate(int b) => Task.Run(() => SeedBatch.Of(plan, Enumerable.Range(batches[b].First, batches[b].Count)), cancellationToken);
            var pending = batches.Count > 0 ? Generate(0) : null;
            for (var b = 0; b < batches.Count; b++)
            {
                var current = await pending!;
                // The next batch is generated while this one is written: generation and writing each keep one core busy.
                pending = b + 1 < batches.Count ? Generate(b + 1) : null;
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await writer.WriteAsync(tables.Models, current.Models, transaction, cancellationToken);
                await writer.WriteAsync(tables.FactSources, current.Models.SelectMany(m => m.FactSources).ToList(), transaction, cancellationToken);
                await writer.WriteAsync(tables.Capabilities, current.Models.SelectMany(m => m.Capabilities).ToList(), transaction, cancellationToken);
                await writer.WriteAsync(tables.Endpoints, current.Models.SelectMany(m => m.Endpoints).ToList(), transaction, cancellationToken);
                await writer.WriteAsync(tables.Runs, current.Runs, transaction, cancellationToken);
                await writer.WriteAsync(tables.Samples, current.Samples, transaction, cancellationToken);
                await writer.WriteAsync(tables.Summaries, current.Summaries, transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                runs += current.Runs.Count;
                samples += current.Samples.Count;
                rows += current.Rows;
                modelsWritten?.Report(batches[b].First + batches[b].Count);
            }
        }
        finally
        {
            await writer.DisposeCommandsAsync();
            if (database.Provider == DatabaseProvider.Sqlite)
                await Execute(connection, "PRAGMA synchronous=FULL;", CancellationToken.None);
        }
        if (database.Provider == DatabaseProvider.Postgres)
            await Execute(connection, "ANALYZE;", cancellationToken);
        return new SeedResult(plan.Models, runs, samples, rows, clock.Elapsed);
    }

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The rows of a range of models, ready to write.</summary>
    private sealed record SeedBatch(List<ModelEntity> Models, List<RunEntity> Runs, List<SampleEntity> Samples, List<RunSummaryEntity> Summaries)
    {
        public long Rows => Models.Count + Models.Sum(m => (long)m.FactSources.Count + m.Capabilities.Count + m.Endpoints.Count)
            + Runs.Count + Samples.Count + Summaries.Count;

        public static SeedBatch Of(SeedPlan plan, IEnumerable<int> models)
        {
            var batch = new SeedBatch([], [], [], []);
            foreach (var index in models)
            {
                var seeded = SyntheticSite.Model(plan, index);
                batch.Models.Add(CatalogMapping.ToEntity(seeded.Card));
                foreach (var run in seeded.Runs)
                {
                    batch.Runs.Add(RunMapping.ToEntity(run.Run));
                    batch.Samples.AddRange(run.Samples.Select(RunMapping.ToEntity));
                    batch.Summaries.Add(RunSummaryMapping.ToEntity(run.Figures, run.Run.FinishedUtc ?? run.Run.StartedUtc));
                }
            }
            return batch;
        }
    }

    /// <summary>The tables a seed writes, read once from the model.</summary>
    private sealed class SeedTables(YardstickDbContext context)
    {
        public BulkTable<ModelEntity> Models { get; } = BulkTable<ModelEntity>.For(context);
        public BulkTable<FactSourceEntity> FactSources { get; } = BulkTable<FactSourceEntity>.For(context);
        public BulkTable<CapabilityEntity> Capabilities { get; } = BulkTable<CapabilityEntity>.For(context);
        public BulkTable<EndpointEntity> Endpoints { get; } = BulkTable<EndpointEntity>.For(context);
        public BulkTable<RunEntity> Runs { get; } = BulkTable<RunEntity>.For(context);
        public BulkTable<SampleEntity> Samples { get; } = BulkTable<SampleEntity>.For(context);
        public BulkTable<RunSummaryEntity> Summaries { get; } = BulkTable<RunSummaryEntity>.For(context);
    }
}
