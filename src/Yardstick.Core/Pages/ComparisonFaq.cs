using System.Globalization;
using Yardstick.Core.Context;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>Questions a reader asks about X vs Y, answered from the comparison's own figures.</summary>
public static class ComparisonFaq
{
    public static IReadOnlyList<FaqEntry> For(ModelComparison c)
    {
        var (a, b) = (c.A, c.B);
        var faq = new List<FaqEntry>();
        var pa = c.A.HeadlinePrice is { } x ? BlendedPrice.Compute(x, c.BlendRatio) : null;
        var pb = c.B.HeadlinePrice is { } y ? BlendedPrice.Compute(y, c.BlendRatio) : null;
        faq.Add(new($"Which is cheaper, {a.Name} or {b.Name}?", (pa, pb) switch
        {
            ({ } va, { } vb) when va == vb => $"They cost the same blended {va} per 1M tokens.",
            ({ } va, { } vb) => $"{(va < vb ? a.Name : b.Name)}: blended {(va < vb ? va : vb)} vs {(va < vb ? vb : va)} per 1M tokens at {c.BlendRatio} input:output.",
            _ => $"It cannot be said: {(pa is null ? a.Name : b.Name)} has no listed price.",
        }));
        faq.Add(new($"Which has the larger context window?", (a.ContextWindowTokens, b.ContextWindowTokens) switch
        {
            ({ } ca, { } cb) when ca == cb => $"Both take {ContextWindowPages.Short(ca)} tokens.",
            ({ } ca, { } cb) => $"{(ca > cb ? a.Name : b.Name)}: {ContextWindowPages.Short(Math.Max(ca, cb))} vs {ContextWindowPages.Short(Math.Min(ca, cb))} tokens (≈ {ContextWindowPages.A4Pages(Math.Max(ca, cb)):N0} vs {ContextWindowPages.A4Pages(Math.Min(ca, cb)):N0} A4 pages).",
            _ => "It cannot be said: the catalog lacks a context window for one of them.",
        }));
        faq.Add(new($"Which scores higher on benchmarks?", c.SharedBenchmarks.Count == 0
            ? "No benchmark has figures for both models from the same kind of source, so there is no like-for-like comparison."
            : string.Join(" ", c.SharedBenchmarks.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Benchmark} ({(s.Measured ? "measured" : "published")}): {a.Name} {s.A.Value:0.#}, {b.Name} {s.B.Value:0.#}{(s.Leader == 0 && s.Measured ? ", not a clear difference (the 95 % interval includes zero)" : "")}.")))));
        faq.Add(new($"Can I switch between {a.Name} and {b.Name} without changing provider?", c.SharedProviders.Count > 0
            ? $"Yes, on {string.Join(", ", c.SharedProviders)}, which serve{(c.SharedProviders.Count == 1 ? "s" : "")} both."
            : "No provider in the catalog serves both."));
        faq.Add(new(string.Create(CultureInfo.InvariantCulture, $"What do they cost per month at {c.Traffic.InputTokens:N0} input and {c.Traffic.OutputTokens:N0} output tokens?"),
            $"{a.Name}: {CostText(c.CostA)}. {b.Name}: {CostText(c.CostB)}."));
        var sa = c.MeasuredA.Speed;
        var sb = c.MeasuredB.Speed;
        faq.Add(new("Which is faster?", sa?.OutputTokensPerSecond is { } da && sb?.OutputTokensPerSecond is { } db
            ? string.Create(CultureInfo.InvariantCulture, $"{a.Name} streamed a median {da:0.#} output tokens/s ({sa.Statement}) and {b.Name} {db:0.#} ({sb.Statement}); runs {string.Join(", ", sa.RunIds)} and {string.Join(", ", sb.RunIds)}; endpoints and hardware may differ.")
            : "Not measured yet for both: speed needs a completed perf run of each model."));
        return faq;
    }

    private static string CostText(CheapestRoute route) => route.Route is { } r
        ? $"{route.Cost} through {r.Endpoint.Provider}"
        : $"unavailable ({route.Cost.UnavailableReason})";
}
