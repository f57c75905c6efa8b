using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Workloads.MultiTurn;
using Yardstick.Measure.Workloads.Sessions;
using Yardstick.Measure.Tests.Workloads.Sessions;

namespace Yardstick.Measure.Tests.Workloads.MultiTurn;

public sealed class MultiTurnRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly MultiTurnOptions Conversations = new() { Sessions = 3, Turns = 3, SystemPromptTokens = 40, UserTokens = 8 };

    internal static PerfRunOptions Options(Uri baseUrl, int concurrency = 2) => new()
    {
        ApiStyle = "openai-chat", BaseUrl = baseUrl.ToString(), ModelId = "m", Concurrency = concurrency, WarmupRequests = 1, MaxTokens = 8,
    };

    [Fact]
    public async Task A_server_with_a_prefix_cache_shows_the_effect_and_history_carries_the_real_answers()
    {
        // Given a server that answers fast when it has seen everything but the last message
        var cache = new PrefixCacheServer(cache: true);
        await using var server = await ConversationServer.StartAsync(cache.Respond);
        var store = new InMemoryRunStore();

        // When three sessions of three turns run, two at a time, with the control arm
        var result = await new MultiTurnRunner().RunAsync(server.Provider(), Options(server.BaseUrl), Conversations, store, cancellationToken: Ct);

        // Then every turn of both arms is stored with its session, turn and arm, beside the warm-up
        var samples = await store.GetSamplesAsync(result.Summary.RunId!, Ct);
        Assert.Equal(3 * 3 * 2 + 1, samples.Count);
        Assert.All(samples.Where(s => s.Sequence >= 0), s => Assert.NotNull(SampleLabels.Int(SampleLabels.Of(s), MultiTurnReport.TurnKey)));
        Assert.Equal(18, result.Summary.Requests.Ok);
        // and a session's third turn sent the system prompt, its two user turns and the model's two real answers
        var third = server.Requests.Where(r => r.Messages.Count == 6).ToList();
        Assert.Equal(6, third.Count);
        var shared = third.GroupBy(r => r.Messages[0].Content).OrderByDescending(g => g.Count()).First().ToList();
        Assert.Equal(3, shared.Count);
        string?[] Answers(string turn) => [.. samples.Where(s => s.PromptId.EndsWith(turn, StringComparison.Ordinal)).Select(s => s.AnswerText)];
        Assert.All(shared, r =>
        {
            Assert.Equal(["system", "user", "assistant", "user", "assistant", "user"], r.Messages.Select(m => m.Role));
            Assert.Contains(r.Messages[2].Content, Answers("/t1"));
            Assert.Contains(r.Messages[4].Content, Answers("/t2"));
            Assert.StartsWith(" answer ", r.Messages[4].Content, StringComparison.Ordinal);
        });
        // and the report shows the cached prefix answering far faster than a fresh one of the same length
        var effect = result.Report.PrefixCache!;
        Assert.Equal(6, effect.Pairs);
        Assert.True(effect.Detected, $"ratio {effect.Ratio} [{effect.Ci95Low}, {effect.Ci95High}]");
        Assert.True(effect.Ci95High < 0.6, $"ratio {effect.Ratio} [{effect.Ci95Low}, {effect.Ci95High}]");
        Assert.Equal(3, result.Report.SessionsCompleted);
        Assert.Equal([1, 2, 3], result.Report.ByTurn.Select(t => t.Turn));
        // and the stored summary carries the report under multi_turn
        var run = await store.GetRunAsync(result.Summary.RunId!, Ct);
        Assert.Contains("\"multi_turn\"", run!.SummaryJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Key\"", run.SummaryJson, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Completed, run.Status);
    }

    [Fact]
    public async Task A_server_without_a_cache_shows_no_effect()
    {
        // Given a server whose TTFT does not depend on what it has seen
        var noCache = new PrefixCacheServer(cache: false);
        await using var server = await ConversationServer.StartAsync(noCache.Respond);

        // When the same conversations run
        var result = await new MultiTurnRunner().RunAsync(server.Provider(), Options(server.BaseUrl), Conversations, new InMemoryRunStore(), cancellationToken: Ct);

        // Then no cache is reported and the ratio is near 1
        var effect = result.Report.PrefixCache!;
        Assert.False(effect.Detected, $"ratio {effect.Ratio} [{effect.Ci95Low}, {effect.Ci95High}]");
        Assert.InRange(effect.Ratio, 0.7, 1.4);
    }

    [Fact]
    public async Task A_session_ends_at_its_first_failed_turn()
    {
        // Given a server that refuses every conversation's second turn (four messages with a system prompt)
        await using var server = await ConversationServer.StartAsync(chat => chat.Messages.Count == 4
            ? ChatReply.Error(500, "boom") : new ChatReply(TimeSpan.Zero, [" ok"]));

        // When one session of three turns runs without the control arm
        var result = await new MultiTurnRunner().RunAsync(server.Provider(), Options(server.BaseUrl, concurrency: 1),
            Conversations with { Sessions = 1, ControlArm = false }, new InMemoryRunStore(), cancellationToken: Ct);

        // Then turn 3 was never sent, and the session is not counted as completed
        Assert.Equal((1, 1), (result.Summary.Requests.Ok, result.Summary.Requests.Failed));
        Assert.Equal(0, result.Report.SessionsCompleted);
        Assert.Null(result.Report.PrefixCache);
    }
}
