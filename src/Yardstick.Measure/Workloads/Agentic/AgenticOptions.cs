using Yardstick.Core.Metrics.Workloads;

namespace Yardstick.Measure.Workloads.Agentic;

/// <summary>
/// Agent sessions: each starts with a shared system prompt and a task, then repeats (model answer + a tool call, the
/// tool's result of <see cref="ToolResultTokens"/>) for up to <see cref="Turns"/> requests or until the context would
/// pass <see cref="MaxContextTokens"/>. Loads of 1, 2, 4 … up to <see cref="MaxSessions"/> concurrent sessions are tried,
/// stopping after the first load that keeps no tier.
/// </summary>
public sealed record AgenticOptions
{
    public int MaxSessions { get; init; } = 8;
    public int Turns { get; init; } = 16;
    public int SystemPromptTokens { get; init; } = 2000;
    public int TaskTokens { get; init; } = 200;
    public int ToolResultTokens { get; init; } = 2000;
    public int MaxContextTokens { get; init; } = 32_000;
    public IReadOnlyList<SloTier> Tiers { get; init; } = SloTier.Standard;

    /// <summary>
    /// Declare the agent's tools with every request (their schemas, as an agent framework sends them, so the server
    /// renders them into the prompt), with <c>tool_choice: none</c> so the answer streams as text the speed figures count.
    /// Off for a server that refuses <c>tools</c> (or an in-process model).
    /// </summary>
    public bool DeclareTools { get; init; } = true;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxSessions < 1)
            problems.Add("Sessions must be at least 1.");
        if (Turns < 1)
            problems.Add("Turns must be at least 1.");
        if (SystemPromptTokens < 0 || TaskTokens < 1 || ToolResultTokens < 1)
            problems.Add("The system prompt cannot be negative; the task and tool results must be at least 1 token.");
        if (MaxContextTokens < SystemPromptTokens + TaskTokens + 8)
            problems.Add("Max context tokens must leave room for the system prompt and the task.");
        if (MaxContextTokens > PromptLengthWorkload.MaximumPromptTokens)
            problems.Add($"Max context tokens must be at most {PromptLengthWorkload.MaximumPromptTokens:N0}.");
        if (Tiers.Count == 0)
            problems.Add("At least one SLO tier is needed.");
        return problems;
    }
}
