using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Classes;

/// <summary>Assigns comparison classes and selects a model's peers.</summary>
public static class ComparisonClassRule
{
    public static SizeClass? SizeClassOf(ModelCard model) =>
        model.ParametersTotalB is { } b ? SizeClassRule.Classify(b) : null;

    public static PriceBand? PriceBandOf(ModelCard model, BlendRatio? ratio = null) =>
        model.HeadlinePrice is { } price && BlendedPrice.Compute(price, ratio) is { } blended ? PriceBandRule.Classify(blended) : null;

    public static ComparisonClass Classify(ModelCard model, BlendRatio? ratio = null) => model.OpenWeights
        ? new ComparisonClass(true, SizeClassOf(model), null, model.Reasoning)
        : new ComparisonClass(false, null, PriceBandOf(model, ratio), model.Reasoning);

    /// <summary>True when <paramref name="candidate"/> belongs to <paramref name="model"/>'s class (the model itself excluded).</summary>
    public static bool IsPeer(ModelCard model, ModelCard candidate, BlendRatio? ratio = null)
    {
        if (candidate.Slug == model.Slug)
            return false;
        // Noise is no yardstick for a real model: demo models only ever meet each other.
        if (candidate.Demo != model.Demo)
            return false;
        var cls = Classify(model, ratio);
        if (!cls.IncludesReasoningModels && candidate.Reasoning)
            return false;
        if (candidate.OpenWeights != cls.OpenWeights)
            return false;
        return cls.OpenWeights
            ? cls.SizeClass is not null && SizeClassOf(candidate) == cls.SizeClass
            : cls.PriceBand is not null && PriceBandOf(candidate, ratio) == cls.PriceBand;
    }

    public static IReadOnlyList<ModelCard> PeersOf(ModelCard model, IEnumerable<ModelCard> all, BlendRatio? ratio = null) =>
        all.Where(candidate => IsPeer(model, candidate, ratio)).ToList();
}
