using Yardstick.Core.Runs;
using Yardstick.Measure.Load;

namespace Yardstick.Measure.Tests.Load;

public sealed class PerfSweepTests
{
    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(8, new[] { 1, 2, 4, 8 })]
    [InlineData(12, new[] { 1, 2, 4, 8, 12 })]
    public void Powers_of_two_end_at_the_maximum(int max, int[] expected) =>
        Assert.Equal(expected, PerfSweep.PowersOfTwo(max));

    [Fact]
    public async Task Each_level_is_its_own_stored_run_with_at_least_one_request_per_stream()
    {
        // Given a sweep over 1, 2 and 4 streams asking for 2 requests
        var store = new InMemoryRunStore();
        var provider = new ConcurrencyProbeProvider();
        var options = new PerfRunOptions { ApiStyle = "openai-chat", BaseUrl = "http://x/v1", ModelId = "probe", PromptTokens = 16, Requests = 2, WarmupRequests = 0 };

        // When it runs
        var points = await new PerfSweep().ConcurrencyAsync(provider, options, [1, 2, 4], store, cancellationToken: TestContext.Current.CancellationToken);

        // Then there are three runs, and the 4-stream level sent 4 requests
        Assert.Equal([1.0, 2.0, 4.0], points.Select(p => p.Level));
        Assert.Equal([2, 2, 4], points.Select(p => p.Summary.Requests.Ok));
        Assert.Equal(3, (await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken)).Count);
    }
}
