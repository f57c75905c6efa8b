using System.Globalization;
using Yardstick.Core.Catalog;
using Yardstick.Core.Context;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>Derives the comparison's words from the data; every sentence names the figures it rests on.</summary>
internal static class ModelComparisonBuilder
{
    public static ModelComparison Build(ModelCard a, ModelCard b, ModelMeasurements measuredA, ModelMeasurements measuredB, MonthlyTraffic traffic, BlendRatio ratio)
    {
        var benchmarks = SharedBenchmarks.Of(a, b, measuredA, measuredB);
        var (matrixA, matrixB) = (measuredA.Matrix(a), measuredB.Matrix(b));
        var gaps = Gaps(a, matrixA, b, matrixB).Concat(Gaps(b, matrixB, a, matrixA)).ToList();
        var unstated = Unstated(a, matrixA, b, matrixB).Concat(Unstated(b, matrixB, a, matrixA)).ToList();
        var shared = a.Endpoints.Select(e => e.Provider)
            .Intersect(b.Endpoints.Select(e => e.Provider), StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var chooseA = new List<string>();
        var chooseB = new List<string>();
        var bestA = new List<string>();
        var bestB = new List<string>();

        var anyMeasured = PriceQuote.Of(a, measuredA)?.IsMeasured == true || PriceQuote.Of(b, measuredB)?.IsMeasured == true;
        Advantage(a, b, BlendedOf(a, measuredA, ratio), BlendedOf(b, measuredB, ratio), lowerWins: true, (winner, w, l) =>
            ($"cost matters: blended {w} vs {l} per 1M tokens ({(anyMeasured ? "headline prices or measured self-hosting costs" : "headline prices")}, blend {ratio})", "lower cost"),
            chooseA, chooseB, bestA, bestB, v => new UsdPerMillionTokens((decimal)v).ToString());
        Advantage(a, b, a.ContextWindowTokens, b.ContextWindowTokens, lowerWins: false, (winner, w, l) =>
            ($"long inputs matter: a {w}-token context window (≈ {ContextWindowPages.A4Pages(winner.ContextWindowTokens!.Value):N0} A4 pages) vs {l}", "long documents"),
            chooseA, chooseB, bestA, bestB, v => ContextWindowPages.Short((long)v));
        Advantage(a, b, measuredA.MedianOutputTokensPerSecond, measuredB.MedianOutputTokensPerSecond, lowerWins: false, (winner, w, l) =>
            ($"speed matters: {w} vs {l} output tokens/s (median of Yardstick's latest perf runs)", "speed"),
            chooseA, chooseB, bestA, bestB, v => v.ToString("0.#", CultureInfo.InvariantCulture));

        if (a.OpenWeights != b.OpenWeights)
        {
            var (open, list, best) = a.OpenWeights ? (a, chooseA, bestA) : (b, chooseB, bestB);
            list.Add($"you want to run it yourself: open weights under {open.Licence}");
            best.Add("self-hosting");
        }
        foreach (var side in gaps.GroupBy(g => g.HasSlug))
        {
            var (list, best, has, other) = side.Key == a.Slug ? (chooseA, bestA, a, b) : (chooseB, bestB, b, a);
            list.Add($"you need {Join(side.Select(g => Capability(g)).ToList())}: {Join(side.Select(g => $"{How(g.HasClaim)} for {has.Name}, {How(g.LacksClaim!)} for {other.Name}").Distinct().ToList())}");
            // Image input already says multimodal; naming both would count one advantage twice.
            var hasVision = side.Any(g => g.Capability == KnownCapabilities.Vision);
            best.Add(string.Join(" / ", side.Where(g => !(hasVision && g.Capability == KnownCapabilities.Multimodal))
                .Select(g => g.Capability == KnownCapabilities.Vision ? "image input" : Name(g.Capability))));
        }
        foreach (var benchmark in benchmarks.Where(x => x.Leader != 0))
        {
            var (list, lead, trail) = benchmark.Leader > 0 ? (chooseA, benchmark.A, benchmark.B) : (chooseB, benchmark.B, benchmark.A);
            list.Add($"{benchmark.Benchmark} matters: {Points(lead.Value)} vs {Points(trail.Value)} ({(benchmark.Measured ? "measured by Yardstick" : "published by the creators")})");
        }
        var lead0 = benchmarks.Sum(x => x.Leader);
        if (lead0 != 0)
            (lead0 > 0 ? bestA : bestB).Add("benchmark scores");

        return new ModelComparison
        {
            A = a, B = b, MeasuredA = measuredA, MeasuredB = measuredB, Traffic = traffic, BlendRatio = ratio,
            CostA = CheapestRoute.For(a, traffic, measuredA), CostB = CheapestRoute.For(b, traffic, measuredB),
            SharedProviders = shared, CapabilityGaps = gaps, SharedBenchmarks = benchmarks,
            BestForA = bestA, BestForB = bestB, ChooseA = chooseA, ChooseB = chooseB,
            FitTagsA = FitTags.Of(a, ratio), FitTagsB = FitTags.Of(b, ratio),
            SwitchFriction = Friction(a, b, shared, gaps, unstated),
            Verdict = Verdict(a, b, bestA, bestB),
        };
    }

    private static string Verdict(ModelCard a, ModelCard b, List<string> bestA, List<string> bestB) => (bestA.Count, bestB.Count) switch
    {
        ( > 0, > 0) => $"{a.Name} is the pick for {Join(bestA)}; {b.Name} for {Join(bestB)}.",
        ( > 0, 0) => $"{a.Name} comes out ahead on what the data compares ({Join(bestA)}); {b.Name} has no advantage on record here.",
        (0, > 0) => $"{b.Name} comes out ahead on what the data compares ({Join(bestB)}); {a.Name} has no advantage on record here.",
        _ => $"The data on record does not separate {a.Name} and {b.Name} yet: no price, context, speed, capability or shared-benchmark difference.",
    };

    private static List<string> Friction(ModelCard a, ModelCard b, IReadOnlyList<string> shared, IReadOnlyList<CapabilityGap> gaps, IReadOnlyList<CapabilityGap> unstated)
    {
        var lines = new List<string>
        {
            shared.Count > 0
                ? $"Both are served by {Join(shared)}: there, switching is a change of model id on the same account and API."
                : "No provider serves both: switching means another provider account, key and possibly API style.",
        };
        foreach (var side in gaps.GroupBy(g => g.HasSlug))
        {
            var (from, to) = side.Key == a.Slug ? (a, b) : (b, a);
            lines.Add($"Switching from {from.Name} to {to.Name} loses {Join(side.Select(g => Capability(g)).ToList())}: {Join(side.Select(g => How(g.LacksClaim!)).Distinct().ToList())} for {to.Name}.");
        }
        foreach (var side in unstated.GroupBy(g => g.HasSlug))
        {
            var (from, to) = side.Key == a.Slug ? (a, b) : (b, a);
            lines.Add($"Not stated for {to.Name}, so not counted as lost: {Join(side.Select(g => Capability(g)).ToList())}; probe its endpoint (yardstick probe) before relying on it.");
        }
        if (a.ContextWindowTokens is { } ca && b.ContextWindowTokens is { } cb && ca != cb)
        {
            var (big, small) = ca > cb ? (a, b) : (b, a);
            lines.Add($"Switching from {big.Name} to {small.Name} shrinks the context window from {ContextWindowPages.Short(big.ContextWindowTokens!.Value)} to {ContextWindowPages.Short(small.ContextWindowTokens!.Value)} tokens: longer prompts will not fit.");
        }
        return lines;
    }

    /// <summary>
    /// Capabilities <paramref name="has"/> supports (verified by probe, else claimed) and <paramref name="lacks"/> is stated
    /// or probed not to support. A capability the other card does not state is not a gap: "not stated" is not "unsupported".
    /// </summary>
    private static IEnumerable<CapabilityGap> Gaps(ModelCard has, CapabilityMatrix hasMatrix, ModelCard lacks, CapabilityMatrix lacksMatrix) =>
        Pairs(has, hasMatrix, lacks, lacksMatrix).Where(p => p.LacksClaim is { Supported: false });

    /// <summary>Capabilities <paramref name="has"/> supports that <paramref name="lacks"/> neither states nor was probed for.</summary>
    private static IEnumerable<CapabilityGap> Unstated(ModelCard has, CapabilityMatrix hasMatrix, ModelCard lacks, CapabilityMatrix lacksMatrix) =>
        Pairs(has, hasMatrix, lacks, lacksMatrix).Where(p => p.LacksClaim is null);

    private static IEnumerable<CapabilityGap> Pairs(ModelCard has, CapabilityMatrix hasMatrix, ModelCard lacks, CapabilityMatrix lacksMatrix) =>
        ModelCapabilities.Names(has, lacks)
            .Select(c => (Name: c, Has: ModelCapabilities.Effective(has, hasMatrix, c), Lacks: ModelCapabilities.Effective(lacks, lacksMatrix, c)))
            .Where(c => c.Has is { Supported: true })
            .Select(c => new CapabilityGap(c.Name, has.Slug, c.Has!, lacks.Slug, c.Lacks));

    /// <summary>How a side's stand is known: "verified by probe", "refuted by probe", "claimed" or "claimed unsupported".</summary>
    private static string How(CapabilityClaim claim) => claim.Status switch
    {
        CapabilityStatus.VerifiedByProbe => "verified by probe",
        CapabilityStatus.RefutedByProbe => "refuted by probe",
        _ => claim.Supported ? "claimed" : "claimed unsupported",
    };

    private static void Advantage(ModelCard a, ModelCard b, double? va, double? vb, bool lowerWins,
        Func<ModelCard, string, string, (string Reason, string BestFor)> words,
        List<string> chooseA, List<string> chooseB, List<string> bestA, List<string> bestB, Func<double, string> format)
    {
        if (va is not { } x || vb is not { } y || x == y)
            return;
        var aWins = lowerWins ? x < y : x > y;
        var (winner, w, l) = aWins ? (a, x, y) : (b, y, x);
        var (reason, best) = words(winner, format(w), format(l));
        (aWins ? chooseA : chooseB).Add(reason);
        (aWins ? bestA : bestB).Add(best);
    }

    private static double? BlendedOf(ModelCard model, ModelMeasurements measured, BlendRatio ratio) => (double?)HeadlineBlend.Of(model, measured, ratio)?.Value;

    /// <summary>"function calling (verified by probe)" or "vision (image input) (claimed)": the capability and how sure it is.</summary>
    private static string Capability(CapabilityGap gap) => $"{Name(gap.Capability)} ({How(gap.HasClaim)})";

    /// <summary>The display name inside a sentence: "Structured outputs" → "structured outputs", "JSON mode" stays.</summary>
    private static string Name(string capability)
    {
        var name = KnownCapabilities.DisplayName(capability);
        return name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    private static string Points(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
