using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// An eval run's result, exactly the `yardstick eval --json` contract:
/// {eval, version, n, score, ci95: [lo, hi], no_answer, failed, input_tokens, output_tokens, cost_usd}.
/// Score is the proportion correct (0–1) over all n samples; no-answer and failed samples count as not correct.
/// </summary>
public sealed record EvalSummary
{
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("eval")] public required string Eval { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("n")] public required int N { get; init; }
    [JsonPropertyName("score")] public required double Score { get; init; }
    [JsonPropertyName("ci95")] public required double[] Ci95 { get; init; }
    [JsonPropertyName("no_answer")] public required int NoAnswer { get; init; }
    [JsonPropertyName("failed")] public required int Failed { get; init; }
    [JsonPropertyName("input_tokens")] public required long InputTokens { get; init; }
    [JsonPropertyName("output_tokens")] public required long OutputTokens { get; init; }
    [JsonPropertyName("reasoning_tokens")] public long ReasoningTokens { get; init; }
    /// <summary>Null when the endpoint has no price ("unavailable", never $0).</summary>
    [JsonPropertyName("cost_usd")] public required decimal? CostUsd { get; init; }
}
