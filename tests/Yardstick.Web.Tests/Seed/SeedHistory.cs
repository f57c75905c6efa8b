using Yardstick.Core.Runs;

namespace Yardstick.Web.Tests.Seed;

/// <summary>
/// GPT-4o measured by the scheduler on two of its catalog endpoints from two locations: OpenAI from "us" (three runs in
/// the last 72 h and one 5 days ago) and Azure OpenAI from "eu" (two runs in the last 72 h), at the headline workload,
/// plus one older run at a 10k-token workload. Dated from <paramref name="now"/>, so the 72 h window holds them.
/// </summary>
internal static class SeedHistory
{
    public const string OpenAi = SeedCatalog.Gpt4o + "@openai", Azure = SeedCatalog.Gpt4o + "@azure-openai";

    /// <summary>(run id, endpoint, location, hours ago, per-request speeds, TTFT of the first request).</summary>
    public static readonly (string Id, string Endpoint, string Location, double HoursAgo, double[] Speeds, double Ttft)[] Runs =
    [
        ("perf-h-openai-1", OpenAi, "us", 2, [98, 100, 102], 0.40),
        ("perf-h-openai-2", OpenAi, "us", 20, [108, 110, 112], 0.50),
        ("perf-h-openai-3", OpenAi, "us", 50, [118, 120, 122], 0.30),
        ("perf-h-openai-old", OpenAi, "us", 120, [58, 60, 62], 0.90),
        ("perf-h-azure-1", Azure, "eu", 5, [78, 80, 82], 0.70),
        ("perf-h-azure-2", Azure, "eu", 30, [88, 90, 92], 0.60),
    ];

    public const string LongPromptRun = "perf-h-openai-10k";

    public static async Task<InMemoryRunStore> CreateAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var store = new InMemoryRunStore();
        foreach (var r in Runs)
            await SeedRuns.AddPerfAsync(store, r.Id, SeedCatalog.Gpt4o, now.AddHours(-r.HoursAgo), r.Speeds, r.Ttft, failed: 0, cancellationToken,
                task: "prompt-length-100", endpointId: r.Endpoint, location: r.Location);
        await SeedRuns.AddPerfAsync(store, LongPromptRun, SeedCatalog.Gpt4o, now.AddHours(-1), [20, 21, 22], 3.0, failed: 0, cancellationToken,
            task: "prompt-length-10000", endpointId: OpenAi, location: "us");
        return store;
    }
}
