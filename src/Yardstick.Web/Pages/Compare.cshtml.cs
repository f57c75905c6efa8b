using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;

namespace Yardstick.Web.Pages;

/// <summary>X vs Y: verdict, scorecard, choose-when lists, monthly cost at the reader's traffic, friction, specs, FAQ.</summary>
public sealed class CompareModel(SiteData data) : PageModel
{
    public ModelComparison Comparison { get; private set; } = null!;
    public IReadOnlyList<FaqEntry> Faq { get; private set; } = [];
    public string? TrafficError { get; private set; }
    public string JsonLd { get; private set; } = "";
    /// <summary>Both models' index under the configured definition (A, B); null when the site has none.</summary>
    public (IndexResult A, IndexResult B)? Index { get; private set; }
    /// <summary>The side-by-side charts, each with its table and downloads.</summary>
    internal IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Both models' category scores under the configured index (A, B); empty when it has no categories (v1).</summary>
    public (IReadOnlyList<CategoryScore> A, IReadOnlyList<CategoryScore> B) Categories { get; private set; } = ([], []);
    /// <summary>"Yardstick Index v2", when the site has an index configured.</summary>
    public string? IndexName => data.Index is { } i ? $"{i.Name} v{i.Version}" : null;

    [FromQuery(Name = TrafficQuery.InputParameter)] public string? InputTokens { get; set; }
    [FromQuery(Name = TrafficQuery.OutputParameter)] public string? OutputTokens { get; set; }
    [FromQuery(Name = TrafficQuery.PromptParameter)] public string? PromptTokens { get; set; }

    public async Task<IActionResult> OnGetAsync(string a, string b, CancellationToken cancellationToken)
    {
        var modelA = await data.ModelAsync(a, cancellationToken);
        var modelB = await data.ModelAsync(b, cancellationToken);
        if (modelA is null || modelB is null)
            return NotFound();
        if (string.Equals(modelA.Slug, modelB.Slug, StringComparison.OrdinalIgnoreCase))
            return BadRequest();
        var traffic = TrafficQuery.Parse(InputTokens, OutputTokens, PromptTokens, out var error);
        TrafficError = error;
        Comparison = ModelComparison.Compare(modelA, modelB,
            await data.MeasurementsAsync(modelA.Slug, cancellationToken), await data.MeasurementsAsync(modelB.Slug, cancellationToken), traffic, data.Ratio);
        Faq = ComparisonFaq.For(Comparison);
        Charts = CompareCharts.Build(Comparison, data.Index)
            .Select(c => new ChartView(c, $"/api/charts/compare/{Uri.EscapeDataString(modelA.Slug)}/{Uri.EscapeDataString(modelB.Slug)}")).ToList();
        Index = data.Index is { } index ? (Comparison.MeasuredA.Index(index), Comparison.MeasuredB.Index(index)) : null;
        if (data.Index is { Categories.Count: > 0 } withCategories)
            Categories = (CategoryProfile.Of(withCategories, Comparison.MeasuredA.LatestEvals), CategoryProfile.Of(withCategories, Comparison.MeasuredB.LatestEvals));
        JsonLd = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["name"] = $"{modelA.Name} vs {modelB.Name}",
            ["mainEntity"] = new JsonArray(Faq.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = f.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = f.Answer },
            }).ToArray()),
        }.ToJsonString();
        return Page();
    }

    /// <summary>Every source the page's facts rest on, each once.</summary>
    public static IReadOnlyList<FactSource> SourcesOf(ModelCard model) =>
        model.FactSources.Values
            .Concat(model.Endpoints.Select(e => e.Price.Source).OfType<FactSource>())
            .Concat(model.PublishedScores.Select(s => s.Source))
            .Concat(model.Capabilities.Select(c => c.Source))
            .Distinct()
            .ToList();
}
