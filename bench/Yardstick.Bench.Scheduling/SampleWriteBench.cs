using System.Diagnostics;
using System.Globalization;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Bench.Scheduling;

/// <summary>
/// Samples stored per second through <see cref="EfRunStore.AppendSamplesAsync"/> (what every runner calls) at batch sizes
/// 1, 100 and 1000, on SQLite (a file in a temporary folder) and on PostgreSQL (a fresh database). A sample carries a
/// 100-event timeline and a short answer, like a perf sample of a 100-token answer.
/// </summary>
internal static class SampleWriteBench
{
    private static readonly (int Batch, int Rows)[] Sizes = [(1, 300), (100, 5_000), (1000, 20_000)];

    public static async Task RunAsync(BenchOptions options)
    {
        Console.WriteLine("| backend | batch size | rows | seconds | rows/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var folder = Directory.CreateTempSubdirectory("yardstick-bench-writes-").FullName;
        await using (var sqlite = YardstickDatabase.ForDataDirectory(folder))
            await MeasureAsync("SQLite", sqlite);
        var connection = await BenchDatabases.FreshPostgresAsync(options.Postgres, "writes");
        await using (var postgres = YardstickDatabase.Open(connection))
            await MeasureAsync("PostgreSQL", postgres);
        await BenchDatabases.DropAsync(options.Postgres, connection);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task MeasureAsync(string backend, YardstickDatabase database)
    {
        await database.MigrateAsync();
        var store = new EfRunStore(database);
        foreach (var (batch, rows) in Sizes)
        {
            var runId = $"perf-bench-{backend}-{batch}".ToLowerInvariant();
            await store.CreateRunAsync(Run(runId));
            var samples = Enumerable.Range(0, rows).Select(i => Sample(runId, i)).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var chunk in samples.Chunk(batch))
                await store.AppendSamplesAsync(chunk);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {backend} | {batch} | {rows:N0} | {seconds:0.00} | {rows / seconds:N0} |"));
        }
    }

    // About what a 100-event timeline encodes to (Core/Metrics/EventTimeline): the bytes, not their meaning, cost the write.
    private static readonly byte[] Timeline = [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 37))];

    private static RunRecord Run(string id) => new()
    {
        Id = id, Kind = RunKind.Perf, ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:9/v1", ModelId = "bench", Task = "prompt-length-100",
        ConfigurationJson = "{}", YardstickVersion = "bench", StartedUtc = DateTimeOffset.UtcNow,
    };

    private static SampleRecord Sample(string runId, int sequence) => new()
    {
        RunId = runId, PromptId = $"prompt-length-100/{sequence}", Sequence = sequence, RequestStartedUtc = DateTimeOffset.UtcNow,
        TtftSeconds = 0.05, LastTokenSeconds = 1.05, Timeline = Timeline, TokenEvents = 100,
        OutputTokensNormalised = 100, OutputTokensNative = 100, InputTokensNormalised = 100, InputTokensNative = 100,
        AnswerText = "word word word word word word word word word word", PromptSha256 = Convert.ToHexStringLower(BitConverter.GetBytes(sequence)) + runId,
    };
}
