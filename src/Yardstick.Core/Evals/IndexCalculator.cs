using System.Globalization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Evals;

/// <summary>Composes eval summaries into an index under a versioned definition; pure and deterministic.</summary>
public static class IndexCalculator
{
    /// <summary>
    /// The index of one model from its eval summaries (one per eval id; the caller picks which run counts, e.g. the
    /// latest completed). The interval treats the component scores as independent: Var = Σ w²·SE², SE from each 95 % CI.
    /// A definition with a <see cref="IndexDefinition.Fallback"/> gives the fallback's figure when it has none of its own.
    /// </summary>
    public static IndexResult Compute(IndexDefinition definition, IEnumerable<EvalSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var list = summaries.ToList();
        var result = ComputeOne(definition, list);
        // No figure under this version but one under its fallback (a model with older runs only): that one, which names its version.
        return result.Value is null && definition.Fallback is { } fallback && Compute(fallback, list) is { Value: not null } older ? older : result;
    }

    private static IndexResult ComputeOne(IndexDefinition definition, IReadOnlyList<EvalSummary> summaries)
    {
        var byEval = summaries.Where(s => s.N > 0 && !double.IsNaN(s.Score))
            .GroupBy(s => s.Eval, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var components = definition.Components.Select(c => byEval.TryGetValue(c.Eval, out var s)
            ? new IndexComponentResult { Eval = c.Eval, Weight = c.Weight, Score = s.Score, RunId = s.RunId, Questions = s.Questions, DatasetItems = s.DatasetItems }
            : new IndexComponentResult { Eval = c.Eval, Weight = c.Weight }).ToList();
        var missing = components.Where(c => c.Score is null).Select(c => c.Eval).ToList();
        var present = definition.Components.Where(c => byEval.ContainsKey(c.Eval)).ToList();
        var complete = missing.Count == 0 && present.All(c => byEval[c.Eval].DatasetItems is { } items && byEval[c.Eval].Questions >= items);
        var priced = missing.Count == 0 && present.All(c => byEval[c.Eval].CostUsd is not null);
        var result = new IndexResult
        {
            Index = definition.Name,
            Version = definition.Version,
            Missing = missing,
            Components = components,
            Complete = complete,
            VerbosityOutputTokens = missing.Count == 0 ? present.Sum(c => Projected(byEval[c.Eval], byEval[c.Eval].OutputTokens)) : null,
            CostToRunUsd = priced ? present.Sum(c => ProjectedCost(byEval[c.Eval])) : null,
            CostSources = priced ? [.. present.Select(c => byEval[c.Eval].CostSource).OfType<string>().Distinct(StringComparer.Ordinal)] : [],
        };
        if (present.Count == 0)
            return result with { Note = "No eval of this index has been run." };
        var missingWeight = definition.Components.Where(c => missing.Contains(c.Eval)).Sum(c => c.Weight);
        if (missing.Count > 0)
        {
            var rule = definition.Estimation;
            var allowed = rule.Allowed && missing.Count <= rule.MaxMissingEvals && missingWeight <= rule.MaxMissingWeight + 1e-12;
            if (!allowed)
                return result with { Note = $"Missing {string.Join(", ", missing)}: no index (estimation rule: {rule.Rule ?? "none"})." };
        }
        var weights = EffectiveWeights(definition, present);
        if (weights is null)
            return result with { Note = $"Missing {string.Join(", ", missing)}: a category has no eval left, so no index (estimation rule: {definition.Estimation.Rule})." };
        double value = 0, variance = 0;
        foreach (var component in present)
        {
            var summary = byEval[component.Eval];
            var weight = weights[component.Eval];
            value += weight * summary.Score;
            var standardError = summary.Ci95.Length == 2 ? (summary.Ci95[1] - summary.Ci95[0]) / (2 * WilsonInterval.Z95) : double.NaN;
            variance += weight * weight * standardError * standardError;
        }
        var half = WilsonInterval.Z95 * Math.Sqrt(variance);
        return result with
        {
            Value = 100 * value,
            Ci95 = double.IsNaN(half) ? null : [100 * Math.Max(0, value - half), 100 * Math.Min(1, value + half)],
            Estimated = missing.Count > 0,
            Note = missing.Count > 0
                ? $"Estimated without {string.Join(", ", missing)} ({(missingWeight * 100).ToString("0.#", CultureInfo.InvariantCulture)} % of the weight): {definition.Estimation.Rule}"
                : complete ? null : "Some evals ran on part of their dataset (--limit): the index rests on fewer questions and its interval is wider.",
        };
    }

    /// <summary>
    /// The weights of the evals present, summing to 1: rescaled over all of them, or — under a within-category rule —
    /// inside each category so that it keeps its share; null when a category has none left.
    /// </summary>
    private static Dictionary<string, double>? EffectiveWeights(IndexDefinition definition, IReadOnlyList<IndexComponent> present)
    {
        if (!definition.Estimation.WithinCategory || definition.Categories.Count == 0)
        {
            var presentWeight = present.Sum(c => c.Weight);
            return present.ToDictionary(c => c.Eval, c => c.Weight / presentWeight, StringComparer.Ordinal);
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var category in definition.Categories)
        {
            var members = present.Where(c => c.Category == category.Name).ToList();
            if (members.Count == 0)
                return null;
            var membersWeight = members.Sum(c => c.Weight);
            foreach (var member in members)
                weights[member.Eval] = member.Weight / membersWeight * category.Weight;
        }
        return weights;
    }

    /// <summary>A run's output tokens scaled to its whole dataset at one epoch (tokens per sample × dataset questions): its share of the verbosity.</summary>
    public static long ProjectedOutputTokens(EvalSummary summary) => Projected(WithDataset(summary), summary.OutputTokens);

    /// <summary>A run's cost scaled to its whole dataset at one epoch; null when the run has no cost (no price).</summary>
    public static decimal? ProjectedCostUsd(EvalSummary summary) => summary.CostUsd is null ? null : ProjectedCost(WithDataset(summary));

    // A summary that states neither its dataset size nor its question count (older runs) stands for its own samples.
    private static EvalSummary WithDataset(EvalSummary summary) =>
        summary.DatasetItems is null && summary.Questions == 0 ? summary with { Questions = summary.N } : summary;

    // A partial run's tokens scaled to the whole dataset at one epoch: tokens per sample × dataset questions.
    private static long Projected(EvalSummary summary, long tokens) =>
        summary.N == 0 ? 0 : (long)Math.Round((double)tokens / summary.N * (summary.DatasetItems ?? summary.Questions));

    private static decimal ProjectedCost(EvalSummary summary) =>
        summary.N == 0 || summary.CostUsd is not { } cost ? 0m : cost / summary.N * (summary.DatasetItems ?? summary.Questions);
}
