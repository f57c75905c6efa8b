namespace Yardstick.Measure.Workloads.MultiTurn;

/// <summary>
/// The conversations of a multi-turn run: how many sessions, how many turns each, the shared system prompt's length
/// and each user turn's length (o200k tokens); with <see cref="ControlArm"/>, every turn also sends a fresh-prefix twin.
/// </summary>
public sealed record MultiTurnOptions
{
    public const int MaximumTurns = 1000;

    public int Sessions { get; init; } = 8;
    public int Turns { get; init; } = 4;
    public int SystemPromptTokens { get; init; } = 1000;
    public int UserTokens { get; init; } = 100;
    public bool ControlArm { get; init; } = true;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Sessions < 1)
            problems.Add("Sessions must be at least 1.");
        if (Turns is < 1 or > MaximumTurns)
            problems.Add($"Turns must be from 1 to {MaximumTurns}.");
        if (SystemPromptTokens is < 0 or > PromptLengthWorkload.MaximumPromptTokens)
            problems.Add($"System prompt tokens must be from 0 to {PromptLengthWorkload.MaximumPromptTokens:N0}.");
        if (UserTokens is < 1 or > PromptLengthWorkload.MaximumPromptTokens)
            problems.Add($"User turn tokens must be from 1 to {PromptLengthWorkload.MaximumPromptTokens:N0}.");
        return problems;
    }
}
