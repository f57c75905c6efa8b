namespace Yardstick.Core.Classes;

/// <summary>
/// The peers a model is compared with: same openness and size class (open weights) or price band (proprietary);
/// reasoning models are compared with reasoning and non-reasoning models, non-reasoning models only with non-reasoning ones.
/// </summary>
public sealed record ComparisonClass(bool OpenWeights, SizeClass? SizeClass, PriceBand? PriceBand, bool IncludesReasoningModels)
{
    /// <summary>A stable key for APIs and URLs, e.g. <c>open-tiny-all</c> or <c>proprietary-premium-non-reasoning</c>.</summary>
    public string Key
    {
        get
        {
            var tier = OpenWeights
                ? SizeClass?.ToString().ToLowerInvariant() ?? "unknown-size"
                : PriceBand?.ToString().ToLowerInvariant() ?? "unknown-price";
            return $"{(OpenWeights ? "open" : "proprietary")}-{tier}-{(IncludesReasoningModels ? "all" : "non-reasoning")}";
        }
    }

    public string Label
    {
        get
        {
            var tier = OpenWeights
                ? SizeClass is { } s ? SizeClassRule.Label(s) : "size not published"
                : PriceBand is { } p ? PriceBandRule.Label(p) : "price not listed";
            var pool = IncludesReasoningModels ? "reasoning and non-reasoning models" : "non-reasoning models";
            return $"{(OpenWeights ? "Open weights" : "Proprietary")}, {tier}; {pool}";
        }
    }
}
