using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// What the LLM judge did in an eval run (the <c>judge</c> member of <c>eval --json</c>): which judge and prompt, how
/// many answers it judged (and how many of those reused a stored judgement), how many judgements failed, and — where
/// exact match also grades the eval — its agreement with exact match.
/// </summary>
public sealed record JudgeSummary
{
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("prompt_version")] public string? PromptVersion { get; init; }
    [JsonPropertyName("prompt_sha256")] public string? PromptSha256 { get; init; }
    /// <summary>Judgements with a verdict.</summary>
    [JsonPropertyName("judged")] public int Judged { get; init; }
    /// <summary>Of those, verdicts reused from an earlier identical judgement (same judge model, prompt, question, references and answer).</summary>
    [JsonPropertyName("cached")] public int Cached { get; init; }
    /// <summary>Judgements that gave no verdict (endpoint error, timeout, unparsable reply): never counted as a verdict.</summary>
    [JsonPropertyName("failed")] public int Failed { get; init; }
    [JsonPropertyName("verdicts")] public IReadOnlyDictionary<string, int>? Verdicts { get; init; }
    /// <summary>Agreement with exact match on the items both decided; null for evals that only the judge grades.</summary>
    [JsonPropertyName("agreement_with_exact_match")] public RaterAgreement? AgreementWithExactMatch { get; init; }
    /// <summary>The judge runs holding the judgements (one per invocation of the eval run).</summary>
    [JsonPropertyName("runs")] public IReadOnlyList<string>? Runs { get; init; }
}
