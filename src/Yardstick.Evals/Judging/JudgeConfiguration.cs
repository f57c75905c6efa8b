using System.Text.Json.Serialization;

namespace Yardstick.Evals.Judging;

/// <summary>The judge as stored in a judged run's configuration (<c>"judge"</c>): what reproduces its verdicts.</summary>
public sealed record JudgeConfiguration
{
    [JsonPropertyName("base_url")] public required string BaseUrl { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    [JsonPropertyName("prompt_version")] public required string PromptVersion { get; init; }
    [JsonPropertyName("prompt_sha256")] public required string PromptSha256 { get; init; }
    [JsonPropertyName("max_tokens")] public int MaxTokens { get; init; }
}
