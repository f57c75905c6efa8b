namespace Yardstick.Evals.Judging;

/// <summary>Which judge grades free-form answers, with which prompt and budget (<c>--judge-base-url</c>, <c>--judge-model</c>).</summary>
public sealed record JudgeOptions
{
    /// <summary>The judge's model id as sent to its endpoint.</summary>
    public required string Model { get; init; }
    /// <summary>The judge endpoint's base URL for the records (never a key).</summary>
    public required string BaseUrl { get; init; }
    public JudgePrompt Prompt { get; init; } = JudgePrompt.V1;
    /// <summary>Room for a few sentences and the verdict line (a reasoning judge needs more: its thinking counts too).</summary>
    public int MaxTokens { get; init; } = 1024;
    /// <summary>Attempts per judgement for transient errors (429, 5xx, timeouts, cut streams); then a failed judgement.</summary>
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    public string YardstickVersion { get; init; } = typeof(JudgeOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
