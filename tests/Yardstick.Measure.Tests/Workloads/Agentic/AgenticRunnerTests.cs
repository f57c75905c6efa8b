using Yardstick.Core.Metrics.Workloads;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Tests.Workloads.Sessions;
using Yardstick.Measure.Workloads.Agentic;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Tests.Workloads.Agentic;

public sealed class AgenticRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PerfRunOptions Options(Uri baseUrl) => new()
    {
        ApiStyle = "openai-chat", BaseUrl = baseUrl.ToString(), ModelId = "m", WarmupRequests = 1, MaxTokens = 8,
    };

    [Fact]
    public async Task The_most_concurrent_sessions_that_keep_a_tier_is_found_by_doubling()
    {
        // Given a server whose first token takes 40 ms per request in flight
        await using var server = await ConversationServer.StartAsync(chat => new ChatReply(TimeSpan.FromMilliseconds(40 * chat.InFlight), [" looking", " at", " it"]));
        var tiers = new[] { new SloTier("tight", 0.15, 1, 0.01), new SloTier("loose", 10, 1, 0.01) };
        var agents = new AgenticOptions { MaxSessions = 8, Turns = 3, SystemPromptTokens = 30, TaskTokens = 10, ToolResultTokens = 50, MaxContextTokens = 10_000, Tiers = tiers };
        var store = new InMemoryRunStore();

        // When agent sessions run at 1, 2, 4 and 8 at once
        var result = await new AgenticRunner().RunAsync(server.Provider(), Options(server.BaseUrl), agents, store, cancellationToken: Ct);

        // Then every load ran all its turns (the loose tier held throughout), each stored with its load, session and turn
        var report = result.Report;
        Assert.Equal([1, 2, 4, 8], report.Levels.Select(l => l.Sessions));
        Assert.Equal([3, 6, 12, 24], report.Levels.Select(l => l.Requests));
        var samples = await store.GetSamplesAsync(result.Summary.RunId!, Ct);
        Assert.Equal(45, samples.Count(s => s.Sequence >= 0 && SampleLabels.Int(SampleLabels.Of(s), AgenticRunner.LevelKey) is not null));
        // and up to two sessions keep the tight tier (80 ms), four do not (160 ms), all eight keep the loose one
        Assert.Equal(2, report.MaxSessions["tight"]);
        Assert.Equal(8, report.MaxSessions["loose"]);
        Assert.Equal([1, 2, 3], report.ByTurn.Select(t => t.Turn));
        Assert.True(report.ByTurn[2].ContextTokensMean > report.ByTurn[0].ContextTokensMean + 100);
    }

    [Fact]
    public async Task The_doubling_stops_after_the_first_load_that_keeps_no_tier()
    {
        // Given the same server and only the tight tier
        await using var server = await ConversationServer.StartAsync(chat => new ChatReply(TimeSpan.FromMilliseconds(40 * chat.InFlight), [" a", " b"]));
        var agents = new AgenticOptions { MaxSessions = 16, Turns = 2, SystemPromptTokens = 30, TaskTokens = 10, ToolResultTokens = 20, Tiers = [new SloTier("tight", 0.15, 1, 0.01)] };

        // When sessions double from 1 towards 16
        var result = await new AgenticRunner().RunAsync(server.Provider(), Options(server.BaseUrl), agents, new InMemoryRunStore(), cancellationToken: Ct);

        // Then 4 sessions broke the tier and neither 8 nor 16 were tried
        Assert.Equal([1, 2, 4], result.Report.Levels.Select(l => l.Sessions));
        Assert.Empty(result.Report.Levels[^1].TiersMet);
        Assert.Equal(2, result.Report.MaxSessions["tight"]);
    }

    [Fact]
    public async Task Turns_alternate_tool_calls_and_results_and_a_session_stops_at_the_context_limit()
    {
        // Given a quick server
        await using var server = await ConversationServer.StartAsync(_ => new ChatReply(TimeSpan.Zero, [" ok"]));
        var agents = new AgenticOptions { MaxSessions = 1, Turns = 10, SystemPromptTokens = 20, TaskTokens = 10, ToolResultTokens = 100, MaxContextTokens = 300, DeclareTools = false };

        // When one session runs with room for three tool results
        var result = await new AgenticRunner().RunAsync(server.Provider(), Options(server.BaseUrl), agents, new InMemoryRunStore(), cancellationToken: Ct);

        // Then it sent three requests, the last carrying two tool calls and their results of the stated size
        var served = server.Requests.Skip(1).ToList();
        Assert.Equal(3, served.Count);
        Assert.Equal(["system", "user", "assistant", "tool", "assistant", "tool"], served[^1].Messages.Select(m => m.Role));
        var call = served[^1].Body.GetProperty("messages")[2].GetProperty("tool_calls")[0];
        Assert.Equal(served[^1].Body.GetProperty("messages")[3].GetProperty("tool_call_id").GetString(), call.GetProperty("id").GetString());
        Assert.Equal(" ok", served[^1].Messages[2].Content);
        Assert.Equal(100, Core.Tokens.O200kTokenCounter.Default.Count(served[^1].Messages[3].Content));
        Assert.All(result.Report.Levels, l => Assert.True(l.ContextTokensMax <= 300));
    }

    [Fact]
    public async Task Every_request_declares_the_tools_with_tool_choice_none_and_counts_them_in_its_context()
    {
        // Given a quick server, and sessions with the tools declared (the default) and without
        await using var server = await ConversationServer.StartAsync(_ => new ChatReply(TimeSpan.Zero, [" ok"]));
        var agents = new AgenticOptions { MaxSessions = 1, Turns = 2, SystemPromptTokens = 20, TaskTokens = 10, ToolResultTokens = 30, MaxContextTokens = 5_000 };

        // When one session runs each way
        var store = new InMemoryRunStore();
        var declared = await new AgenticRunner().RunAsync(server.Provider(), Options(server.BaseUrl), agents, store, cancellationToken: Ct);
        var withTools = server.Requests.Skip(1).ToList();
        var plain = await new AgenticRunner().RunAsync(server.Provider(), Options(server.BaseUrl), agents with { DeclareTools = false }, new InMemoryRunStore(), cancellationToken: Ct);

        // Then every declared request carried the four schemas and tool_choice none, and the calls in its history name them
        Assert.Equal(2, withTools.Count);
        Assert.All(withTools, request =>
        {
            Assert.Equal(["read_file", "run_tests", "search_code", "apply_patch"],
                request.Body.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()));
            Assert.Equal("none", request.Body.GetProperty("tool_choice").GetString());
        });
        var called = withTools[^1].Body.GetProperty("messages")[2].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString();
        Assert.Contains(called, AgenticRunner.ToolDefinitions.Select(t => t.Name));
        // and without them no tools went out, the run's configuration says which, and the declared contexts are larger by the schemas
        Assert.All(server.Requests.Skip(withTools.Count + 2), request => Assert.False(request.Body.TryGetProperty("tools", out _)));
        Assert.Contains("\"tool_choice\":\"none\"", (await store.GetRunAsync(declared.Summary.RunId!, Ct))!.ConfigurationJson, StringComparison.Ordinal);
        Assert.True(declared.Report.ByTurn[0].ContextTokensMean > plain.Report.ByTurn[0].ContextTokensMean + 50);
    }
}
