using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>X vs Y: both models and every derived statement of the comparison page.</summary>
public sealed record ComparisonDto
{
    [JsonPropertyName("a")] public required ModelDto A { get; init; }
    [JsonPropertyName("b")] public required ModelDto B { get; init; }
    [JsonPropertyName("verdict")] public required string Verdict { get; init; }
    [JsonPropertyName("best_for_a")] public required IReadOnlyList<string> BestForA { get; init; }
    [JsonPropertyName("best_for_b")] public required IReadOnlyList<string> BestForB { get; init; }
    [JsonPropertyName("choose_a_when")] public required IReadOnlyList<string> ChooseAWhen { get; init; }
    [JsonPropertyName("choose_b_when")] public required IReadOnlyList<string> ChooseBWhen { get; init; }
    [JsonPropertyName("fit_tags_a")] public required IReadOnlyList<string> FitTagsA { get; init; }
    [JsonPropertyName("fit_tags_b")] public required IReadOnlyList<string> FitTagsB { get; init; }
    [JsonPropertyName("benchmark_leader_slug")] public string? BenchmarkLeaderSlug { get; init; }
    [JsonPropertyName("shared_providers")] public required IReadOnlyList<string> SharedProviders { get; init; }
    [JsonPropertyName("capability_gaps")] public required IReadOnlyList<CapabilityGapDto> CapabilityGaps { get; init; }
    [JsonPropertyName("shared_benchmarks")] public required IReadOnlyList<SharedBenchmarkDto> SharedBenchmarks { get; init; }
    [JsonPropertyName("monthly_cost")] public required MonthlyCostDto MonthlyCost { get; init; }
    [JsonPropertyName("switch_friction")] public required IReadOnlyList<string> SwitchFriction { get; init; }
    [JsonPropertyName("faq")] public required IReadOnlyList<FaqDto> Faq { get; init; }
}
