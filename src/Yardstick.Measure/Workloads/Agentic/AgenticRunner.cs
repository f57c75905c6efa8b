using System.Globalization;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.Agentic;

/// <summary>
/// Agentic trajectories at increasing load. At each load of N sessions (1, 2, 4 … doubling up to the maximum), N
/// sessions run at once, each a chain of requests: system prompt + task, then after every answer the history gains
/// the model's real answer as an assistant turn that called a tool (<c>tool_calls</c> with a synthetic call) and the
/// tool's result (fresh text of the stated size), so the context grows by answer + result each turn until the turn
/// limit or the context limit. Every request is a sample labelled with its load, session, turn and context length;
/// the doubling stops after the first load at which no tier holds (a higher load would not keep one either, and
/// would only take longer).
/// </summary>
public sealed class AgenticRunner(SampleRecorder? recorder = null, TimeProvider? clock = null)
{
    public const string LevelKey = "sessions_level";
    public const string SessionKey = "session";
    public const string TurnKey = "turn";
    private const string Instruction = "You are a coding agent. Use the tools to fix the failing test described by these words:";
    private static readonly string[] Tools = ["read_file", "run_tests", "search_code", "apply_patch"];

    public Task<WorkloadResult<AgenticReport>> RunAsync(ICompletionProvider provider, PerfRunOptions options, AgenticOptions agents, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(agents));
        var levels = Core.Metrics.Workloads.SessionCapacity.Doubling(agents.MaxSessions);
        var identity = new WorkloadIdentity($"agentic-{agents.MaxContextTokens}", "1", new JsonObject
        {
            ["max_sessions"] = agents.MaxSessions,
            ["session_levels"] = new JsonArray([.. levels.Select(l => (JsonNode)l)]),
            ["turns"] = agents.Turns,
            ["system_prompt_tokens"] = agents.SystemPromptTokens,
            ["task_tokens"] = agents.TaskTokens,
            ["tool_result_tokens"] = agents.ToolResultTokens,
            ["max_context_tokens"] = agents.MaxContextTokens,
            ["search"] = "doubling: 1, 2, 4 … concurrent sessions up to max_sessions, stopping after the first load that keeps no tier",
            ["tiers"] = new JsonArray([.. agents.Tiers.Select(t => (JsonNode)t.ToString())]),
        });
        var total = levels.Sum() * agents.Turns;
        return WorkloadRun.ExecuteAsync(store, options, identity, total, (run, token) => RunLevelsAsync(provider, run, agents, levels, token),
            samples => AgenticReport.Of(samples, agents), recorder, clock, progress, cancellationToken);
    }

    private static async Task RunLevelsAsync(ICompletionProvider provider, WorkloadRun run, AgenticOptions agents, IReadOnlyList<int> levels, CancellationToken cancellationToken)
    {
        await run.WarmUpAsync(provider, "agentic", parallel: 1, cancellationToken).ConfigureAwait(false);
        var systemPrompt = FillerText.Of(agents.SystemPromptTokens, Random.Shared);
        var sequence = -1;
        foreach (var level in levels)
        {
            var sessions = Enumerable.Range(0, level).Select(session => Task.Run(
                () => RunSessionAsync(provider, run, agents, systemPrompt, level, session, () => Interlocked.Increment(ref sequence), cancellationToken), cancellationToken));
            await Task.WhenAll(sessions).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            // A load that keeps no tier ends the search: the next, twice as heavy, would not keep one either.
            if (AgenticReport.LevelOf(run.Samples, level, agents.Tiers) is { } figures && figures.TiersMet.Count == 0)
                return;
        }
    }

    private static async Task RunSessionAsync(ICompletionProvider provider, WorkloadRun run, AgenticOptions agents, string systemPrompt, int level, int session,
        Func<int> nextSequence, CancellationToken cancellationToken)
    {
        var history = new List<ChatMessage>();
        if (systemPrompt.Length > 0)
            history.Add(ChatMessage.System(systemPrompt));
        history.Add(ChatMessage.User(Instruction + FillerText.Of(agents.TaskTokens, Random.Shared)));
        var context = agents.SystemPromptTokens + FillerText.Count(history[^1].Content);
        for (var turn = 1; turn <= agents.Turns && context <= agents.MaxContextTokens; turn++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new WorkloadRequest(string.Create(CultureInfo.InvariantCulture, $"agentic/c{level}/s{session}/t{turn}"), nextSequence(), [.. history], context)
            {
                Load = level,
                Details = new JsonObject { [LevelKey] = level, [SessionKey] = session, [TurnKey] = turn, ["context_tokens"] = context },
            };
            var sample = await run.SendAsync(provider, request, cancellationToken).ConfigureAwait(false);
            if (!sample.Succeeded)
                return;
            var callId = string.Create(CultureInfo.InvariantCulture, $"call_{session}_{turn}");
            var tool = Tools[turn % Tools.Length];
            var answer = sample.AnswerText ?? "";
            var arguments = string.Create(CultureInfo.InvariantCulture, $$"""{"path":"src/module{{turn}}/file{{session}}.cs"}""");
            var result = FillerText.Of(agents.ToolResultTokens, Random.Shared);
            history.Add(ChatMessage.AssistantCalls(answer, [new ToolCall(callId, tool, arguments)]));
            history.Add(ChatMessage.Tool(callId, result));
            context += FillerText.Count(answer) + FillerText.Count(arguments) + agents.ToolResultTokens;
        }
    }
}
