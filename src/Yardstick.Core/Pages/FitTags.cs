using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>Short tags that say what a model fits: openness, size class or price band, reasoning, image input, licence.</summary>
public static class FitTags
{
    public static IReadOnlyList<string> Of(ModelCard model, BlendRatio? ratio = null)
    {
        var cls = ComparisonClassRule.Classify(model, ratio);
        var tags = new List<string>
        {
            model.OpenWeights ? "open weights" : "proprietary",
            cls.OpenWeights
                ? cls.SizeClass is { } s ? SizeClassRule.Label(s) : "size not published"
                : cls.PriceBand is { } p ? PriceBandRule.Label(p) : "price not listed",
            model.Reasoning ? "reasoning" : "non-reasoning",
        };
        if (model.Modalities.Accepts("image"))
            tags.Add("image input");
        // "proprietary" as a licence would repeat the openness tag.
        if (model.OpenWeights || !string.Equals(model.Licence, "proprietary", StringComparison.OrdinalIgnoreCase))
            tags.Add(model.Licence);
        return tags;
    }
}
