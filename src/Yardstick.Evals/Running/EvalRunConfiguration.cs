using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yardstick.Evals.Judging;

namespace Yardstick.Evals.Running;

/// <summary>
/// What a run record stores as its configuration. <see cref="ResumeKey"/> hashes everything that changes the samples
/// (eval and version, endpoint, model, limit, epochs, generation parameters); an interrupted run resumes only into
/// the same key. Concurrency is recorded but may differ on resume.
/// </summary>
public sealed record EvalRunConfiguration
{
    [JsonPropertyName("eval")] public required string Eval { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("base_url")] public required string BaseUrl { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("epochs")] public int Epochs { get; init; }
    [JsonPropertyName("max_tokens")] public int MaxTokens { get; init; }
    [JsonPropertyName("temperature")] public double Temperature { get; init; }
    [JsonPropertyName("seed")] public int? Seed { get; init; }
    [JsonPropertyName("questions")] public int Questions { get; init; }
    [JsonPropertyName("concurrency")] public int Concurrency { get; init; }
    /// <summary>The judge that grades this run (endpoint, model, prompt version and SHA-256); absent when none does.</summary>
    [JsonPropertyName("judge")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JudgeConfiguration? Judge { get; init; }
    // A run without a judge keeps the key it always had; another judge or prompt is another configuration.
    [JsonPropertyName("resume_key")] public string ResumeKey => Hash($"{Eval}|{Version}|{BaseUrl}|{Model}|{Limit}|{Epochs}|{MaxTokens}|{Temperature:R}|{Seed}|{Questions}"
        + (Judge is { } judge ? $"|judge|{judge.BaseUrl}|{judge.Model}|{judge.PromptVersion}|{judge.PromptSha256}|{judge.MaxTokens}" : ""));

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The resume key stored in a run's configuration JSON, or null when it has none.</summary>
    public static string? ResumeKeyOf(string configurationJson)
    {
        try
        {
            using var document = JsonDocument.Parse(configurationJson);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("resume_key", out var key)
                ? key.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
