using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.MultiTurn;

/// <summary>
/// Multi-turn conversations: <see cref="MultiTurnOptions.Sessions"/> sessions, <c>Concurrency</c> of them at once, each
/// of <see cref="MultiTurnOptions.Turns"/> turns sent one after another. Every session starts with the run's shared
/// system prompt (fresh random text per run); turn t sends the system prompt, the session's earlier user turns with
/// the model's real answers, and a new user turn. A session whose turn fails ends there (there is no real answer to
/// append). With the control arm, every turn is paired with a twin of the same per-message lengths made of fresh
/// random text, sent just before or after it (alternating, so order does not bias the pair): the twin's prefix was
/// never sent, the conversation's was, and <see cref="MultiTurnReport"/> compares their TTFT.
/// </summary>
public sealed class MultiTurnRunner(SampleRecorder? recorder = null, TimeProvider? clock = null)
{
    private const string Instruction = "Continue the story, using these words:";

    public Task<WorkloadResult<MultiTurnReport>> RunAsync(ICompletionProvider provider, PerfRunOptions options, MultiTurnOptions conversations, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(conversations);
        if (conversations.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(conversations));
        var identity = new WorkloadIdentity($"multi-turn-{conversations.Turns}x{conversations.SystemPromptTokens}", "1", new JsonObject
        {
            ["sessions"] = conversations.Sessions,
            ["turns"] = conversations.Turns,
            ["system_prompt_tokens"] = conversations.SystemPromptTokens,
            ["user_tokens"] = conversations.UserTokens,
            ["control_arm"] = conversations.ControlArm,
            ["session_rule"] = "sample details carry session, turn and arm (cached: the conversation; fresh: its same-length control)",
        });
        var perTurn = conversations.ControlArm ? 2 : 1;
        return WorkloadRun.ExecuteAsync(store, options, identity, conversations.Sessions * conversations.Turns * perTurn,
            (run, token) => RunSessionsAsync(provider, run, conversations, token),
            samples => MultiTurnReport.Of(samples, conversations), recorder, clock, progress, cancellationToken);
    }

    private async Task RunSessionsAsync(ICompletionProvider provider, WorkloadRun run, MultiTurnOptions conversations, CancellationToken cancellationToken)
    {
        await run.WarmUpAsync(provider, "multi-turn", run.Options.Concurrency, cancellationToken).ConfigureAwait(false);
        var systemPrompt = FillerText.Of(conversations.SystemPromptTokens, Random.Shared);
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(run.Options.Concurrency, conversations.Sessions)).Select(_ => Task.Run(async () =>
        {
            int session;
            while ((session = Interlocked.Increment(ref next)) < conversations.Sessions)
                await RunSessionAsync(provider, run, conversations, systemPrompt, session, cancellationToken).ConfigureAwait(false);
        }, cancellationToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task RunSessionAsync(ICompletionProvider provider, WorkloadRun run, MultiTurnOptions conversations, string systemPrompt, int session,
        CancellationToken cancellationToken)
    {
        var history = new List<ChatMessage>();
        var lengths = new List<int>();
        if (systemPrompt.Length > 0)
        {
            history.Add(ChatMessage.System(systemPrompt));
            lengths.Add(conversations.SystemPromptTokens);
        }
        for (var turn = 1; turn <= conversations.Turns; turn++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = UserTurn(conversations.UserTokens);
            var prefixTokens = lengths.Sum();
            var userTokens = FillerText.Count(user);
            var sequence = (session * conversations.Turns + turn - 1) * 2;
            var cached = Request(session, turn, MultiTurnArm.Cached, sequence, [.. history, ChatMessage.User(user)], prefixTokens, userTokens);
            SampleRecord answer;
            if (!conversations.ControlArm)
                answer = await run.SendAsync(provider, cached, cancellationToken).ConfigureAwait(false);
            else
            {
                var fresh = Request(session, turn, MultiTurnArm.Fresh, sequence + 1, FreshTwin(history, lengths, conversations.UserTokens), prefixTokens, userTokens);
                // Alternate which arm goes first, so that neither always meets the server just after the other.
                var cachedFirst = (session + turn) % 2 == 0;
                if (!cachedFirst)
                    await run.SendAsync(provider, fresh, cancellationToken).ConfigureAwait(false);
                answer = await run.SendAsync(provider, cached, cancellationToken).ConfigureAwait(false);
                if (cachedFirst)
                    await run.SendAsync(provider, fresh, cancellationToken).ConfigureAwait(false);
            }
            if (!answer.Succeeded)
                return;
            var reply = answer.AnswerText ?? "";
            history.Add(ChatMessage.User(user));
            lengths.Add(userTokens);
            history.Add(ChatMessage.Assistant(reply));
            lengths.Add(FillerText.Count(reply));
        }
    }

    private static WorkloadRequest Request(int session, int turn, string arm, int sequence, IReadOnlyList<ChatMessage> messages, int prefixTokens, int userTokens) =>
        new($"multi-turn/s{session}/t{turn}" + (arm == MultiTurnArm.Fresh ? "/fresh" : ""), sequence, messages, prefixTokens + userTokens)
        {
            Details = new JsonObject
            {
                [MultiTurnReport.SessionKey] = session,
                [MultiTurnReport.TurnKey] = turn,
                [MultiTurnReport.ArmKey] = arm,
                [MultiTurnReport.PrefixTokensKey] = prefixTokens,
            },
        };

    /// <summary>The same roles and per-message lengths as the conversation so far plus a new user turn, every text fresh.</summary>
    private static ChatMessage[] FreshTwin(IReadOnlyList<ChatMessage> history, IReadOnlyList<int> lengths, int userTokens)
    {
        var twin = new ChatMessage[history.Count + 1];
        for (var i = 0; i < history.Count; i++)
            twin[i] = new ChatMessage(history[i].Role, FillerText.Of(lengths[i], Random.Shared));
        twin[^1] = ChatMessage.User(UserTurn(userTokens));
        return twin;
    }

    private static string UserTurn(int fillerTokens) => Instruction + FillerText.Of(fillerTokens, Random.Shared);
}
