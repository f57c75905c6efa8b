using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;

namespace Yardstick.Measure.Tests.Load;

public sealed class PerfRepeatsTests
{
    [Fact]
    public async Task Each_repeat_is_a_stored_run_of_one_group_and_the_figures_are_compared_across_them()
    {
        // Given a provider and an empty store
        var store = new InMemoryRunStore();
        var options = new PerfRunOptions { ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:9/v1", ModelId = "probe", PromptTokens = 16, Requests = 3, MaxTokens = 3 };

        // When the configuration is repeated three times
        var group = await new PerfRepeats().RunAsync(new ConcurrencyProbeProvider(), options, 3, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then three runs are stored, each carrying the group id and its index, and each metric is over the three
        var runs = await store.ListRunsAsync(new RunQuery(Kind: RunKind.Perf), TestContext.Current.CancellationToken);
        Assert.Equal(3, runs.Count);
        var configurations = runs.Select(r => JsonDocument.Parse(r.ConfigurationJson).RootElement).ToList();
        Assert.All(configurations, c => Assert.Equal(group.GroupId, c.GetProperty("group_id").GetString()));
        Assert.Equal([0, 1, 2], configurations.Select(c => c.GetProperty("repeat").GetInt32()).Order());
        Assert.Equal(group.Runs.Select(r => r.RunId).Order(), runs.Select(r => r.Id).Order());
        Assert.Equal(3, group.Repeats["ttft_p50_s"].Runs);
        Assert.InRange(group.Repeats["ttft_p50_s"].Mean, group.Repeats["ttft_p50_s"].Ci95Low, group.Repeats["ttft_p50_s"].Ci95High);
    }
}
