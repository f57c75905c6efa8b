using System.Globalization;
using Yardstick.Core.Catalog;
using Yardstick.Core.Context;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>Questions a reader asks about one model, answered from its card and Yardstick's runs only.</summary>
public static class ModelFaq
{
    public static IReadOnlyList<FaqEntry> For(ModelCard model, ModelCard? successor, ModelMeasurements measured, BlendRatio? ratio = null)
    {
        ratio ??= BlendRatio.Default;
        var n = model.Name;
        var faq = new List<FaqEntry>
        {
            new($"Who made {n}?", model.ReleaseDate is { } released
                ? $"{model.Creator} released {n} on {released:yyyy-MM-dd}."
                : $"{n} is made by {model.Creator}; the catalog has no release date for it."),
        };
        if (model.ContextWindowTokens is { } ctx)
            faq.Add(new($"How large is {n}'s context window?",
                $"{ctx:N0} tokens ({ContextWindowPages.Short(ctx)}), about {ContextWindowPages.A4Pages(ctx):N0} A4 pages of text at 1.5 pages per 1,000 tokens."));
        faq.Add(new($"How much does {n} cost?", PriceAnswer(model, measured, ratio)));
        faq.Add(new($"How many parameters does {n} have?", model.ParametersTotalB is { } total
            ? model.ParametersActiveB is { } active && active < total
                ? $"{ParameterCount.Format(total)} in total, {ParameterCount.Format(active)} active per token."
                : $"{ParameterCount.Format(total)}."
            : $"{model.Creator} has not published {n}'s parameter count."));
        faq.Add(new($"Is {n} open weights?", model.OpenWeights
            ? $"Yes: its weights are published under {model.Licence}."
            : string.Equals(model.Licence, "proprietary", StringComparison.OrdinalIgnoreCase)
                ? "No: it is proprietary and served through its providers' APIs."
                : $"No: it is proprietary ({model.Licence}) and served through its providers' APIs."));
        faq.Add(new($"Is {n} a reasoning model?", model.Reasoning
            ? "Yes: it thinks before it answers, which costs extra output tokens and time."
            : "No: it answers without a separate reasoning phase."));
        faq.Add(new($"Does {n} accept images?", model.Modalities.Accepts("image")
            ? $"Yes: it takes {string.Join(" and ", model.Modalities.Input)} as input."
            : $"No: it takes {string.Join(" and ", model.Modalities.Input)} only."));
        if (model.KnowledgeCutoff is { } cutoff)
            faq.Add(new($"What is {n}'s knowledge cutoff?", $"{cutoff}, as {model.Creator} states it."));
        if (model.SuccessorSlug is { } successorSlug)
            faq.Add(new($"Is there a newer version of {n}?", $"Yes: {successor?.Name ?? successorSlug} replaces it."));
        faq.Add(new($"How fast is {n}?", measured.Speed is { OutputTokensPerSecond: { } speed } s
            ? string.Create(CultureInfo.InvariantCulture,
                $"Yardstick measured a median of {speed:0.#} output tokens/s{(s.TtftSeconds is { } ttft ? $" and a median time to first token of {Latency(ttft)}" : "")} on {s.Endpoint} ({s.Statement}; runs {string.Join(", ", s.RunIds)}). {SpeedRule.Description}")
            : "Not measured yet: this Yardstick instance has no completed perf run for it."));
        return faq;
    }

    private static string PriceAnswer(ModelCard model, ModelMeasurements measured, BlendRatio ratio)
    {
        const string noPrice = "No price is listed: it has no provider route with both an input and an output price (a $0 listing, such as self-hosting, is no price).";
        if (model.HeadlinePrice is not { } price)
            return measured.SelfHosting is { Chosen: { Input: { } input, Output: { } output } } cost
                ? $"{noPrice} Yardstick's {cost.Label} is {input} per 1M input tokens and {output} per 1M output tokens"
                    + (cost.Chosen.Blended is { } mb ? $", blended {mb} at 3:1." : ".")
                : noPrice;
        var blended = BlendedPrice.Compute(price, ratio);
        var routes = model.Endpoints.Count(e => e.Price.IsComplete);
        return $"{price.Input} per 1M input tokens and {price.Output} per 1M output tokens ({(model.Endpoints.Any(e => e.FirstParty && e.Price.IsComplete) ? "first-party price" : $"median of {routes} provider routes")})"
            + (blended is { } b ? $"; blended {b} per 1M tokens at {ratio} input:output." : ".");
    }

    // The pages' rule for latencies: milliseconds under a second, seconds from one up, so the FAQ and the tables agree.
    private static string Latency(double seconds) => seconds < 1
        ? (seconds * 1000).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms"
        : seconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
