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
/// limit or the context limit. The tools are declared with every request (<see cref="AgenticOptions.DeclareTools"/>).
/// Every request is a sample labelled with its load, session, turn and context length;
/// the doubling stops after the first load at which no tier holds (a higher load would not keep one either, and
/// would only take longer).
/// </summary>
public sealed class AgenticRunner(SampleRecorder? recorder = null, TimeProvider? clock = null)
{
    public const string LevelKey = "sessions_level";
    public const string SessionKey = "session";
    public const string TurnKey = "turn";
    private const string Instruction = "You are a coding agent. Use the tools to fix the failing test described by these words:";

    /// <summary>The coding agent's tools, declared with each request when <see cref="AgenticOptions.DeclareTools"/> is on.</summary>
    public static IReadOnlyList<FunctionTool> ToolDefinitions { get; } =
    [
        new("read_file", "Reads a file of the repository.",
            """{"type":"object","properties":{"path":{"type":"string","description":"Path from the repository root."}},"required":["path"]}"""),
        new("run_tests", "Runs the test suite, or the tests under a path, and returns their output.",
            """{"type":"object","properties":{"path":{"type":"string","description":"Tests to run; empty runs them all."}},"required":["path"]}"""),
        new("search_code", "Searches the repository for a text and returns the matching lines with their paths.",
            """{"type":"object","properties":{"path":{"type":"string","description":"Folder to search."},"query":{"type":"string"}},"required":["path"]}"""),
        new("apply_patch", "Applies a unified diff to the repository.",
            """{"type":"object","properties":{"path":{"type":"string"},"diff":{"type":"string","description":"The unified diff."}},"required":["path"]}"""),
    ];

    // What the declared tools add to every request's context, counted like the rest of it.
    private static readonly int ToolDefinitionTokens = FillerText.Count(string.Join("\n", ToolDefinitions.Select(t => $"{t.Name}: {t.Description} {t.ParametersJson}")));

    public Task<WorkloadResult<AgenticReport>> RunAsync(ICompletionProvider provider, PerfRunOptions options, AgenticOptions agents, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(agents));
        var levels = Core.Metrics.Workloads.SessionCapacity.Doubling(agents.MaxSessions);
        var identity = new WorkloadIdentity($"agentic-{agents.MaxContextTokens}", "2", new JsonObject
        {
            ["max_sessions"] = agents.MaxSessions,
            ["session_levels"] = new JsonArray([.. levels.Select(l => (JsonNode)l)]),
            ["turns"] = agents.Turns,
            ["system_prompt_tokens"] = agents.SystemPromptTokens,
            ["task_tokens"] = agents.TaskTokens,
            ["tool_result_tokens"] = agents.ToolResultTokens,
            ["max_context_tokens"] = agents.MaxContextTokens,
            ["tools"] = new JsonArray([.. (agents.DeclareTools ? ToolDefinitions : []).Select(t => (JsonNode)t.Name)]),
            ["tool_choice"] = agents.DeclareTools ? "none" : null,
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
        var context = agents.SystemPromptTokens + FillerText.Count(history[^1].Content) + (agents.DeclareTools ? ToolDefinitionTokens : 0);
        for (var turn = 1; turn <= agents.Turns && context <= agents.MaxContextTokens; turn++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new WorkloadRequest(string.Create(CultureInfo.InvariantCulture, $"agentic/c{level}/s{session}/t{turn}"), nextSequence(), [.. history], context)
            {
                Load = level,
                Tools = agents.DeclareTools ? ToolDefinitions : [],
                ToolChoice = agents.DeclareTools ? ToolChoice.None : null,
                Details = new JsonObject { [LevelKey] = level, [SessionKey] = session, [TurnKey] = turn, ["context_tokens"] = context },
            };
            var sample = await run.SendAsync(provider, request, cancellationToken).ConfigureAwait(false);
            if (!sample.Succeeded)
                return;
            var callId = string.Create(CultureInfo.InvariantCulture, $"call_{session}_{turn}");
            var tool = ToolDefinitions[turn % ToolDefinitions.Count].Name;
            var answer = sample.AnswerText ?? "";
            var arguments = string.Create(CultureInfo.InvariantCulture, $$"""{"path":"src/module{{turn}}/file{{session}}.cs"}""");
            var result = FillerText.Of(agents.ToolResultTokens, Random.Shared);
            history.Add(ChatMessage.AssistantCalls(answer, [new ToolCall(callId, tool, arguments)]));
            history.Add(ChatMessage.Tool(callId, result));
            context += FillerText.Count(answer) + FillerText.Count(arguments) + agents.ToolResultTokens;
        }
    }
}
