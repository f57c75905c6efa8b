using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Evals;

/// <summary>
/// Two eval runs compared: A − B with its 95 % interval, the test used and its two-sided p-value (null where the
/// method gives none), and the item counts. <see cref="Method"/>: <c>mcnemar-exact</c> (same items, one right/wrong
/// answer each: exact McNemar p, Newcombe's paired interval), <c>paired-bootstrap</c> (same items with partial scores or
/// epochs), <c>newcombe</c> (different items, right/wrong), <c>unpaired-normal</c> (different items, partial scores).
/// The 2×2 counts are set for <c>mcnemar-exact</c> only.
/// </summary>
public sealed record PairedComparisonResult
{
    [JsonPropertyName("paired")] public required bool Paired { get; init; }
    [JsonPropertyName("method")] public required string Method { get; init; }
    [JsonPropertyName("score_a")] public required double ScoreA { get; init; }
    [JsonPropertyName("score_b")] public required double ScoreB { get; init; }
    [JsonPropertyName("difference")] public required ConfidenceInterval Difference { get; init; }
    [JsonPropertyName("p_value")] public double? PValue { get; init; }
    [JsonPropertyName("items_a")] public required int ItemsA { get; init; }
    [JsonPropertyName("items_b")] public required int ItemsB { get; init; }
    [JsonPropertyName("shared_items")] public required int SharedItems { get; init; }
    [JsonPropertyName("both_correct")] public int? BothCorrect { get; init; }
    [JsonPropertyName("only_a_correct")] public int? OnlyACorrect { get; init; }
    [JsonPropertyName("only_b_correct")] public int? OnlyBCorrect { get; init; }
    [JsonPropertyName("neither_correct")] public int? NeitherCorrect { get; init; }

    /// <summary>A one-line description of the test, e.g. "exact McNemar on 12 discordant of 100 shared items".</summary>
    [JsonPropertyName("test")]
    public string Test => Method switch
    {
        "mcnemar-exact" => $"exact McNemar on {OnlyACorrect + OnlyBCorrect} discordant of {SharedItems} shared items, Newcombe paired interval",
        "paired-bootstrap" => $"paired bootstrap over {SharedItems} shared items (seed 0, {BootstrapInterval.DefaultResamples} resamples)",
        "newcombe" => $"Newcombe interval for independent proportions ({ItemsA} vs {ItemsB} items); no paired test",
        _ => $"unpaired normal interval ({ItemsA} vs {ItemsB} items); no paired test",
    };
}
