using System.Globalization;
using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Storage.Seeding;

/// <summary>
/// Generates the synthetic models and runs of a <see cref="SeedPlan"/>: catalog models with creators, sizes, prices and
/// sourced facts; endpoints (some self-hosted with an hourly rate); perf runs with per-request timelines and eval runs
/// with per-question verdicts, each with the summary the perf and eval commands store. Everything is marked synthetic:
/// slugs <c>seed-…</c>, creators "Seeded …", sources <c>published:synthetic …</c>, base URLs under <c>seed.invalid</c>
/// (a name that never resolves), suite and host <c>seed</c>, so no seeded figure can pass for a measurement.
/// </summary>
public static class SyntheticSite
{
    public const string SlugPrefix = "seed-";
    public const string Suite = "seed";
    private static readonly FactSource Synthetic = new(FactSourceKind.Published, "synthetic data from yardstick dev seed (not a measurement)");
    private static readonly string[] Creators = ["Seeded Alpha", "Seeded Beta", "Seeded Gamma", "Seeded Delta", "Seeded Epsilon", "Seeded Zeta",
        "Seeded Eta", "Seeded Theta", "Seeded Iota", "Seeded Kappa", "Seeded Lambda", "Seeded Mu"];
    private static readonly long[] ContextWindows = [8_192, 32_768, 131_072, 200_000, 1_048_576];
    private const int PromptTokens = 100;
    private const int MaxOutputTokens = 200;
    private const int TokensPerEvent = 8;

    /// <summary>The model numbered <paramref name="index"/> (0 … Models − 1) with its runs; independent of every other model.</summary>
    public static SeededModel Model(SeedPlan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Random(unchecked(plan.Seed * 1_000_003 + index));
        var card = Card(index, random);
        var runs = new List<SeededRun>(plan.RunsPerModel);
        var firstRun = (long)index * plan.RunsPerModel;
        var perfEndpoint = card.Endpoints.FirstOrDefault(e => e.Hardware is not null) ?? card.Endpoints[0];
        var ttft = LogUniform(random, 0.08, 2.5);
        var speed = LogUniform(random, 15, 400);
        var skill = random.NextDouble() * 0.85 + 0.1;
        for (var p = 0; p < SeedPlan.PerfRunsPerModel; p++)
        {
            var started = plan.AsOf - (p == 0 ? TimeSpan.FromDays(13) : TimeSpan.FromDays(1)) + TimeSpan.FromSeconds(index % 3600);
            runs.Add(Perf(card, perfEndpoint, RunId("perf", started, index, p), started, plan.SamplesOfRun(firstRun + p), ttft, speed, random));
        }
        for (var e = 0; e < SeedPlan.Evals.Count; e++)
        {
            var started = plan.AsOf - TimeSpan.FromDays(2) + TimeSpan.FromMinutes(e * 10) + TimeSpan.FromSeconds(index % 3600);
            var eval = SeedPlan.Evals[e];
            runs.Add(Eval(card, card.Endpoints[0], RunId("eval", started, index, e), started, eval,
                plan.SamplesOfRun(firstRun + SeedPlan.PerfRunsPerModel + e), skill, random));
        }
        return new SeededModel(card, runs);
    }

    private static string Slug(int index) => SlugPrefix + index.ToString("00000", CultureInfo.InvariantCulture);

    private static string RunId(string kind, DateTimeOffset started, int model, int run) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-seed{model:00000}{run}");

    private static ModelCard Card(int index, Random random)
    {
        var slug = Slug(index);
        var openWeights = random.NextDouble() < 0.6;
        var reasoning = random.NextDouble() < 0.3;
        double? total = openWeights ? Math.Round(LogUniform(random, 0.5, 1000), 1) : null;
        double? active = total is { } t && random.NextDouble() < 0.3 ? Math.Round(t / 8, 1) : total;
        var input = Usd((decimal)LogUniform(random, 0.02, 15), 3);
        var price = new TokenPrice(new UsdPerMillionTokens(input), new UsdPerMillionTokens(Usd(input / 4, 4)),
            new UsdPerMillionTokens(Usd(input * (decimal)(2 + random.NextDouble() * 3), 3)), Synthetic);
        var creator = Creators[random.Next(Creators.Length)];
        var endpoints = new List<EndpointCard>
        {
            new()
            {
                Id = $"{slug}@seeded-cloud", ModelSlug = slug, Provider = "Seeded Cloud", ApiStyle = ApiStyle.OpenAiChat, FirstParty = !openWeights,
                BaseUrl = "https://api.seed.invalid/v1", ModelId = slug, Price = price,
            },
        };
        if (openWeights && random.NextDouble() < 0.2)
            endpoints.Add(new EndpointCard
            {
                Id = $"{slug}@seeded-self-hosted", ModelSlug = slug, Provider = "Seeded self-hosted", ApiStyle = ApiStyle.OpenAiChat,
                BaseUrl = "http://gpu.seed.invalid:8000/v1", ModelId = slug, Price = TokenPrice.None,
                Hardware = new HardwareRate(Usd((decimal)LogUniform(random, 0.8, 12), 2), "synthetic GPU machine", Synthetic),
            });
        var image = random.NextDouble() < 0.3;
        return new ModelCard
        {
            Slug = slug,
            Name = "Seed Model " + index.ToString("00000", CultureInfo.InvariantCulture),
            Creator = creator,
            Description = "Synthetic model generated by yardstick dev seed for load tests; none of its figures is a measurement.",
            ReleaseDate = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1400)),
            ParametersTotalB = total,
            ParametersActiveB = active,
            ContextWindowTokens = ContextWindows[random.Next(ContextWindows.Length)],
            MaxOutputTokens = 8_192,
            Modalities = new Modalities(image ? ["text", "image"] : ["text"], ["text"]),
            Licence = openWeights ? "apache-2.0" : "proprietary",
            OpenWeights = openWeights,
            KnowledgeCutoff = "2024-06",
            Reasoning = reasoning,
            Capabilities =
            [
                new CapabilityClaim("function_calling", random.NextDouble() < 0.7, CapabilityStatus.Claimed, Synthetic),
                new CapabilityClaim("streaming", true, CapabilityStatus.Claimed, Synthetic),
                new CapabilityClaim("vision", image, CapabilityStatus.Claimed, Synthetic),
            ],
            Endpoints = endpoints,
            FactSources = new Dictionary<string, FactSource>(StringComparer.Ordinal) { ["default"] = Synthetic },
        };
    }

    private static RunRecord Run(string id, RunKind kind, ModelCard card, EndpointCard endpoint, string task, DateTimeOffset started, int samples) => new()
    {
        Id = id, Kind = kind, ModelSlug = card.Slug, EndpointId = endpoint.Id, ApiStyle = "openai-chat", BaseUrl = endpoint.BaseUrl,
        ModelId = endpoint.ModelId, Task = task, TaskVersion = "1", YardstickVersion = "seed", Host = Suite, Suite = Suite, StartedUtc = started,
        ConfigurationJson = string.Create(CultureInfo.InvariantCulture, $$"""{"synthetic":true,"requests":{{samples}},"concurrency":1,"max_tokens":{{MaxOutputTokens}}}"""),
        Status = RunStatus.Completed,
    };

    private static SeededRun Perf(ModelCard card, EndpointCard endpoint, string id, DateTimeOffset started, int n, double ttftBase, double speedBase, Random random)
    {
        var samples = new List<SampleRecord>(n);
        var reasoning = card.Reasoning ? 60 : 0;
        var at = started;
        for (var i = 0; i < n; i++)
        {
            var prompt = $"short-{i:0000}";
            if (random.NextDouble() < 0.01)
            {
                samples.Add(new SampleRecord
                {
                    RunId = id, PromptId = prompt, Sequence = i, RequestStartedUtc = at, Load = 1, InputTokensNormalised = PromptTokens,
                    ErrorKind = ErrorKind.ServerError, HttpStatus = 503, ErrorMessage = "HTTP 503 from the server (synthetic)",
                });
                at = Millis(at.AddSeconds(0.2));
                continue;
            }
            var ttft = ttftBase * Math.Exp(Normal(random) * 0.15);
            var speed = speedBase * Math.Exp(Normal(random) * 0.1);
            var tokens = MaxOutputTokens - random.Next(0, 40);
            var (timeline, events, last) = Timeline(ttft, speed, tokens, reasoning);
            samples.Add(new SampleRecord
            {
                RunId = id, PromptId = prompt, Sequence = i, RequestStartedUtc = at, Load = 1, InputTokensNormalised = PromptTokens,
                InputTokensNative = PromptTokens + 7, TtftSeconds = ttft, FirstAnswerTokenSeconds = ttft + reasoning / speed, LastTokenSeconds = last,
                Timeline = timeline, TokenEvents = events, OutputTokensNormalised = tokens, OutputTokensNative = tokens,
                ReasoningTokens = reasoning > 0 ? reasoning : null, ReasoningTokensSource = reasoning > 0 ? "reasoning_content" : null,
                FinishReason = tokens == MaxOutputTokens ? "length" : "stop",
            });
            at = Millis(at.AddSeconds(last + 0.05));
        }
        var summary = PerfAnalysis.Summarise(samples, id);
        var run = Run(id, RunKind.Perf, card, endpoint, "short-100", started, n) with
        {
            SummaryJson = PerfSummaryJson.Serialize(summary), FinishedUtc = at,
        };
        return new SeededRun(run, samples, RunFigures.Of(id, samples));
    }

    /// <summary>Token events every <see cref="TokensPerEvent"/> tokens from the first token to the last, reasoning first.</summary>
    private static (byte[] Timeline, int Events, double LastSeconds) Timeline(double ttft, double speed, int tokens, int reasoning)
    {
        var events = new List<TimelineEvent>(tokens / TokensPerEvent + 1);
        var sent = 0;
        while (sent < tokens)
        {
            var chunk = Math.Min(TokensPerEvent, tokens - sent);
            var offset = ttft + sent / speed;
            var thinking = sent < reasoning;
            events.Add(new TimelineEvent(offset, thinking ? 0 : chunk, thinking ? chunk : 0, !thinking, thinking));
            sent += chunk;
        }
        return (EventTimeline.Encode(events), events.Count, events[^1].OffsetSeconds);
    }

    private static SeededRun Eval(ModelCard card, EndpointCard endpoint, string id, DateTimeOffset started, string eval, int n, double skill, Random random)
    {
        var samples = new List<SampleRecord>(n);
        var correct = 0;
        var noAnswer = 0;
        decimal cost = 0;
        var inputPrice = endpoint.Price.Input?.Value ?? 0;
        var outputPrice = endpoint.Price.Output?.Value ?? 0;
        var at = started;
        for (var i = 0; i < n; i++)
        {
            var right = random.NextDouble() < skill;
            var answered = right || random.NextDouble() < 0.9;
            correct += right ? 1 : 0;
            noAnswer += answered ? 0 : 1;
            var input = 150 + random.Next(0, 300);
            var output = 50 + random.Next(0, 400);
            // Eight decimals, as the samples table keeps a cost.
            var sampleCost = Math.Round((inputPrice * input + outputPrice * output) / 1_000_000m, 8);
            cost += sampleCost;
            var ttft = 0.1 + random.NextDouble();
            samples.Add(new SampleRecord
            {
                RunId = id, PromptId = $"{eval}-{i:00000}", Sequence = i, RequestStartedUtc = at, InputTokensNormalised = input, InputTokensNative = input,
                TtftSeconds = ttft, LastTokenSeconds = ttft + output / 80.0, TokenEvents = output / TokensPerEvent + 1,
                OutputTokensNormalised = output, OutputTokensNative = output, FinishReason = "stop",
                PromptText = $"Synthetic question {i} of {eval}.", AnswerText = answered ? $"The answer is {(right ? "A" : "B")}." : "I am not sure.",
                ExtractedAnswer = answered ? (right ? "A" : "B") : null, Correct = right, Score = right ? 1 : 0, CostUsd = sampleCost,
            });
            at = Millis(at.AddSeconds(ttft + output / 80.0));
        }
        var ci = WilsonInterval.Of(correct, n);
        var summary = new EvalSummary
        {
            RunId = id, Eval = eval, Version = "1", N = n, Score = n == 0 ? 0 : (double)correct / n, Ci95 = [ci.Lower, ci.Upper], NoAnswer = noAnswer,
            Failed = 0, InputTokens = samples.Sum(s => (long)s.InputTokensNormalised!), OutputTokens = samples.Sum(s => (long)s.OutputTokensNormalised!),
            CostUsd = inputPrice > 0 ? cost : null, Questions = n, Epochs = 1, CiMethod = "wilson",
        };
        var run = Run(id, RunKind.Eval, card, endpoint, eval, started, n) with { SummaryJson = JsonSerializer.Serialize(summary), FinishedUtc = at };
        return new SeededRun(run, samples, RunFigures.Of(id, samples));
    }

    /// <summary>Times to the whole millisecond: what every backend stores exactly (SQLite keeps 100 µs, PostgreSQL 1 µs).</summary>
    private static DateTimeOffset Millis(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    /// <summary>Rounded, without trailing zeros: SQLite keeps a decimal as text, so 3.190 would read back as 3.19.</summary>
    private static decimal Usd(decimal value, int decimals) => Math.Round(value, decimals) / 1.000000000000000000000000000000000m;

    private static double LogUniform(Random random, double low, double high) => Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
