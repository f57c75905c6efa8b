using System.Text.Json;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Web.Tests.Seed;

/// <summary>Completed runs with samples and summaries as the perf and eval commands store them.</summary>
internal static class SeedRuns
{
    public const string Qwen3Perf = "perf-20261126T060000Z-a1b2c3";
    public const string Qwen3Gsm8k = "eval-20261126T061000Z-d4e5f6";
    public const string NanbeigeGsm8k = "eval-20261126T062000Z-0a0b0c";
    public const string Qwen35Perf = "perf-20261126T063000Z-777777";
    public const string Gpt4oPerf = "perf-20261126T064000Z-4f4f4f";
    public const string Gpt4oGsm8k = "eval-20261126T065000Z-4f4f4f";
    public const string HaikuPerf = "perf-20261126T066000Z-a4a4a4";

    private static readonly DateTimeOffset Start = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Output speeds of the Qwen3 4B perf run's successful requests (tokens/s); the fourth request failed.</summary>
    public static readonly double[] Qwen3Speeds = [40, 42, 44, 46, 48];

    public static async Task<InMemoryRunStore> CreateAsync(CancellationToken cancellationToken = default)
    {
        var store = new InMemoryRunStore();
        await AddPerfAsync(store, Qwen3Perf, SeedCatalog.Qwen3_4B, Start, Qwen3Speeds, ttftSeconds: 0.25, failed: 1, cancellationToken);
        await AddPerfAsync(store, Qwen35Perf, SeedCatalog.Qwen35_4B, Start.AddMinutes(30), [70, 72, 74], ttftSeconds: 0.2, failed: 0, cancellationToken);
        await AddEvalAsync(store, Qwen3Gsm8k, SeedCatalog.Qwen3_4B, Start.AddMinutes(10), correct: 36, n: 40, cancellationToken);
        await AddEvalAsync(store, NanbeigeGsm8k, SeedCatalog.Nanbeige, Start.AddMinutes(20), correct: 30, n: 40, cancellationToken);
        await AddPerfAsync(store, Gpt4oPerf, SeedCatalog.Gpt4o, Start.AddMinutes(40), [95, 110, 120], ttftSeconds: 0.45, failed: 0, cancellationToken);
        await AddEvalAsync(store, Gpt4oGsm8k, SeedCatalog.Gpt4o, Start.AddMinutes(50), correct: 38, n: 40, cancellationToken);
        await AddPerfAsync(store, HaikuPerf, SeedCatalog.ClaudeHaiku45, Start.AddMinutes(60), [150, 160, 170], ttftSeconds: 0.6, failed: 0, cancellationToken);
        return store;
    }

    internal static async Task AddPerfAsync(InMemoryRunStore store, string id, string slug, DateTimeOffset started, double[] speeds, double ttftSeconds, int failed, CancellationToken cancellationToken,
        string task = "short-100", string? endpointId = null, string? location = null)
    {
        await store.CreateRunAsync(Run(id, RunKind.Perf, slug, task, started) with { EndpointId = endpointId ?? $"{slug}@self-hosted-vllm", Location = location,
            BaseUrl = endpointId is null ? "http://127.0.0.1:8000/v1" : $"https://{endpointId.Split('@')[1]}.example.org/v1" }, cancellationToken);
        var samples = new List<SampleRecord>();
        for (var i = 0; i < speeds.Length; i++)
        {
            var outputTokens = 200;
            var ttft = ttftSeconds + i * 0.01;
            samples.Add(new SampleRecord
            {
                RunId = id, PromptId = $"short-{i:000}", Sequence = i, RequestStartedUtc = started.AddSeconds(i * 10),
                InputTokensNormalised = 100, TtftSeconds = ttft, FirstAnswerTokenSeconds = ttft + 1.5,
                LastTokenSeconds = ttft + (outputTokens - 1) / speeds[i], TokenEvents = outputTokens, OutputTokensNormalised = outputTokens,
                OutputTokensNative = outputTokens, ReasoningTokens = 60, ReasoningTokensSource = "reasoning_content", FinishReason = "length",
            });
        }
        for (var j = 0; j < failed; j++)
            samples.Add(new SampleRecord
            {
                RunId = id, PromptId = $"short-f{j}", Sequence = speeds.Length + j, RequestStartedUtc = started.AddSeconds(100 + j),
                ErrorKind = ErrorKind.ServerError, HttpStatus = 503, ErrorMessage = "HTTP 503 from the server",
            });
        await store.AppendSamplesAsync(samples, cancellationToken);
        var ok = samples.Where(s => s.Succeeded).ToList();
        var speed = DistributionSummary.Of(speeds);
        var ttfts = DistributionSummary.Of(ok.Select(s => s.TtftSeconds!.Value));
        var summary = new PerfSummary
        {
            RunId = id,
            Requests = new RequestCounts(ok.Count, failed, failed > 0 ? new Dictionary<string, int> { ["server_error"] = failed } : new Dictionary<string, int>()),
            E2e500Seconds = ttfts.P50 + 60 / speed.P50 + 500 / speed.P50,
            TtftSeconds = ttfts,
            FirstAnswerTokenSeconds = DistributionSummary.Of(ok.Select(s => s.FirstAnswerTokenSeconds!.Value)),
            OutputTokensPerSecond = speed,
            OutputTokensPerSecondNative = speed,
            InterTokenLatencySeconds = DistributionSummary.Of(speeds.Select(s => 1 / s)),
            E2eLatencySeconds = DistributionSummary.Of(ok.Select(s => s.LastTokenSeconds!.Value)),
            ReasoningTokens = DistributionSummary.Of(ok.Select(_ => 60.0)),
            OutputTokens = DistributionSummary.Of(ok.Select(_ => 200.0)),
        };
        await store.CompleteRunAsync(id, RunStatus.Completed, PerfSummaryJson.Serialize(summary), cancellationToken);
    }

    private static async Task AddEvalAsync(InMemoryRunStore store, string id, string slug, DateTimeOffset started, int correct, int n, CancellationToken cancellationToken)
    {
        await store.CreateRunAsync(Run(id, RunKind.Eval, slug, "gsm8k", started), cancellationToken);
        var samples = Enumerable.Range(0, n).Select(i => new SampleRecord
        {
            RunId = id, PromptId = $"gsm8k-{i:0000}", Sequence = i, RequestStartedUtc = started.AddSeconds(i),
            InputTokensNormalised = 120, OutputTokensNormalised = 300, ExtractedAnswer = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Correct = i < correct, Score = i < correct ? 1 : 0,
        }).ToList();
        await store.AppendSamplesAsync(samples, cancellationToken);
        var ci = WilsonInterval.Of(correct, n);
        var summary = new EvalSummary
        {
            RunId = id, Eval = "gsm8k", Version = "1", N = n, Score = (double)correct / n, Ci95 = [ci.Lower, ci.Upper],
            NoAnswer = 0, Failed = 0, InputTokens = 120L * n, OutputTokens = 300L * n, CostUsd = null,
        };
        await store.CompleteRunAsync(id, RunStatus.Completed, JsonSerializer.Serialize(summary), cancellationToken);
    }

    private static RunRecord Run(string id, RunKind kind, string slug, string task, DateTimeOffset started) => new()
    {
        Id = id, Kind = kind, ModelSlug = slug, EndpointId = $"{slug}@self-hosted-vllm", ApiStyle = "openai-chat",
        BaseUrl = "http://127.0.0.1:8000/v1", ModelId = slug, Task = task, TaskVersion = "1",
        ConfigurationJson = """{"requests":6,"concurrency":1,"max_tokens":200,"seed":7}""", YardstickVersion = "0.1.0", StartedUtc = started,
    };
}
