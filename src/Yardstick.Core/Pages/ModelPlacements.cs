using System.Globalization;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Context;
using Yardstick.Core.Evals;
using Yardstick.Core.Pricing;
using Yardstick.Core.Sentences;

namespace Yardstick.Core.Pages;

/// <summary>
/// Placement sentences for a model among the peers of its comparison class (<see cref="ComparisonClassRule.PeersOf"/>),
/// by <see cref="PlacementRule"/>: blended price, context window and, where runs exist, output speed, TTFT, the index
/// (when a definition is given) and eval scores.
/// A figure the model lacks, or one too few peers have, gets no sentence.
/// </summary>
public static class ModelPlacements
{
    public static IReadOnlyList<PlacedFigure> For(ModelCard model, IReadOnlyList<ModelCard> all,
        IReadOnlyDictionary<string, ModelMeasurements> measurements, BlendRatio? ratio = null, IndexDefinition? index = null)
    {
        ratio ??= BlendRatio.Default;
        var peers = ComparisonClassRule.PeersOf(model, all, ratio);
        var mine = measurements.GetValueOrDefault(model.Slug) ?? ModelMeasurements.None;
        var result = new List<PlacedFigure>();

        // Measured self-hosting costs stand in for missing list prices, and the sentence says which it is.
        var quote = PriceQuote.Of(model, mine);
        Add(result, model, PlacementMetric.Price, Blended(model, mine, ratio), peers.Select(p => Blended(p, measurements.GetValueOrDefault(p.Slug), ratio)),
            v => v.ToString("$0.00##", CultureInfo.InvariantCulture),
            quote?.SelfHosting is { } measured ? $"blended {measured.Label}" : "blended price");
        Add(result, model, PlacementMetric.ContextWindow, model.ContextWindowTokens, peers.Select(p => (double?)p.ContextWindowTokens),
            v => ContextWindowPages.Short((long)v) + " tokens", "context window");
        Add(result, model, PlacementMetric.OutputSpeed, Speed(mine), peers.Select(p => Speed(measurements.GetValueOrDefault(p.Slug))),
            v => $"{v:0.#} tokens/s", "median output speed");
        Add(result, model, PlacementMetric.TimeToFirstToken, Ttft(mine), peers.Select(p => Ttft(measurements.GetValueOrDefault(p.Slug))),
            v => $"{v:0.###} s", "median time to first token");
        if (index is not null)
        {
            var metric = PlacementMetric.Intelligence with { Name = $"{index.Name} v{index.Version}" };
            Add(result, model, metric, mine.Index(index).Value,
                peers.Select(p => measurements.GetValueOrDefault(p.Slug)?.Index(index).Value),
                v => $"{v:0.#}", $"{index.Name} (v{index.Version})");
        }
        foreach (var eval in mine.LatestEvals)
        {
            var metric = PlacementMetric.Intelligence with { Name = $"{eval.Summary.Eval} score", Unit = "%" };
            Add(result, model, metric, eval.Summary.Score * 100,
                peers.Select(p => measurements.GetValueOrDefault(p.Slug)?.LatestEval(eval.Summary.Eval)?.Summary.Score * 100),
                v => $"{v:0.#}%", $"{eval.Summary.Eval} score");
        }
        return result;
    }

    private static void Add(List<PlacedFigure> result, ModelCard model, PlacementMetric metric, double? value, IEnumerable<double?> peerValues,
        Func<double, string> formatValue, string what)
    {
        if (value is not { } v)
            return;
        var values = peerValues.Where(p => p is not null).Select(p => p!.Value).ToList();
        if (Placement.Of(metric, v, values) is not { } placement)
            return;
        var text = formatValue(v);
        var median = formatValue(placement.PeerMedian);
        var sentence = $"{model.Name}'s {what} ({text}) is {placement.Words} among comparable models (peer median {median}, {placement.PeerCount} peers).";
        result.Add(new PlacedFigure(placement, text, sentence));
    }

    private static double? Blended(ModelCard model, ModelMeasurements? measured, BlendRatio ratio) => (double?)HeadlineBlend.Of(model, measured, ratio)?.Value;

    private static double? Speed(ModelMeasurements? m) => m?.MedianOutputTokensPerSecond;

    private static double? Ttft(ModelMeasurements? m) => m?.MedianTtftSeconds;
}
