using System.Text.Json;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Runs;

namespace Yardstick.Web.Tests.Seed;

/// <summary>
/// A capacity search as `perf --find-max-load` stores it, for the load-curve partial: levels 1, 2, 4, 8, 6 and 7 streams
/// of one model under p95 TTFT ≤ 0.3 s. Up to 6 streams every request's TTFT is 0.1 s; from 7 on, one request in four
/// waits 0.9 s; per-user speed falls and system throughput rises with the streams.
/// </summary>
internal static class SeedLoadSeries
{
    public const string SeriesId = "capacity-20261127T060000Z-5e5e5e";
    public static readonly LoadSlo Slo = new(TtftSeconds: 0.3);
    public static readonly double[] Levels = [1, 2, 4, 8, 6, 7];

    private static readonly DateTimeOffset Start = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The 4-stream level's run (<see cref="RunId"/> of 4), for attributes that need a constant.</summary>
    public const string FourStreamsRun = "perf-20261127T060400Z-5e5e04";

    public static string RunId(double level) => $"perf-20261127T06{level:00}00Z-5e5e{level:00}";

    public static async Task AddCapacityAsync(InMemoryRunStore store, string slug, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < Levels.Length; i++)
        {
            var level = (int)Levels[i];
            var id = RunId(level);
            var started = Start.AddMinutes(i);
            var series = new LoadSeries(LoadSeries.Capacity, SeriesId, "seed", level) { Slo = Slo };
            await store.CreateRunAsync(new RunRecord
            {
                Id = id, Kind = RunKind.Perf, ModelSlug = slug, ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:8000/v1", ModelId = slug,
                Task = "prompt-length-100", TaskVersion = "1", YardstickVersion = "0.1.0", StartedUtc = started,
                ConfigurationJson = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["requests"] = 2 * level, ["concurrency"] = level, ["rate_per_s"] = null, [LoadSeries.ConfigurationKey] = series.ToConfiguration(),
                }),
            }, cancellationToken);
            var tokensPerSecond = 100.0 / (1 + level / 4.0);
            var samples = Enumerable.Range(0, 2 * level).Select(n =>
            {
                var ttft = level > 6 && n % 4 == 0 ? 0.9 : 0.1;
                var events = Enumerable.Range(0, 50).Select(t => new TimelineEvent(ttft + t / tokensPerSecond, 1, 0, true, false)).ToList();
                return new SampleRecord
                {
                    RunId = id, PromptId = $"prompt-length-100/{n}", Sequence = n, RequestStartedUtc = started.AddSeconds(n / level * 1.0),
                    TtftSeconds = ttft, FirstAnswerTokenSeconds = ttft, LastTokenSeconds = events[^1].OffsetSeconds,
                    Timeline = EventTimeline.Encode(events), TokenEvents = events.Count, OutputTokensNormalised = events.Count,
                };
            }).ToList();
            await store.AppendSamplesAsync(samples, cancellationToken);
            await store.CompleteRunAsync(id, RunStatus.Completed, PerfSummaryJson.Serialize(PerfAnalysis.Summarise(samples, id)), cancellationToken);
        }
    }
}
