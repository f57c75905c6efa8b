using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Pages.Models;

/// <summary>One model's analysis page: facts, price, context, class and placement, measurements, FAQ, JSON-LD.</summary>
public sealed class ModelPageModel(SiteData data) : PageModel
{
    public ModelCard Card { get; private set; } = null!;
    public ModelCard? Successor { get; private set; }
    public ComparisonClass Class { get; private set; } = null!;
    public TokenPrice? Headline { get; private set; }
    public UsdPerMillionTokens? Blended { get; private set; }
    public BlendRatio Ratio => data.Ratio;
    public ModelMeasurements Measured { get; private set; } = ModelMeasurements.None;
    public IReadOnlyList<PlacedFigure> Placements { get; private set; } = [];
    public IReadOnlyList<FaqEntry> Faq { get; private set; } = [];
    public IReadOnlyList<ModelCard> Peers { get; private set; } = [];
    public string JsonLd { get; private set; } = "";
    /// <summary>Speed headlines over the default 72 h and the 14 d windows; null when no comparable run started in them.</summary>
    public SpeedHeadline? Headline72h { get; private set; }
    public SpeedHeadline? Headline14d { get; private set; }
    /// <summary>The configured intelligence index for this model; null when the site has no index configured.</summary>
    public IndexResult? IndexResult { get; private set; }
    /// <summary>Each provider route and location with its price and speed (<see cref="ProviderComparison"/>); shown when there are two or more.</summary>
    public IReadOnlyList<ProviderRow> Providers { get; private set; } = [];
    /// <summary>The page's charts (peer bars, speed over time, latency distribution), each with its table and downloads.</summary>
    internal IReadOnlyList<ChartView> Charts { get; private set; } = [];

    internal IEnumerable<ChartView> ChartsStartingWith(string prefix) => Charts.Where(c => c.Chart.Id.StartsWith(prefix, StringComparison.Ordinal));

    internal ChartView? ChartById(string id) => Charts.FirstOrDefault(c => c.Chart.Id == id);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var card = await data.ModelAsync(slug, cancellationToken);
        if (card is null)
            return NotFound();
        var all = await data.ModelsAsync(cancellationToken);
        var measurements = await data.MeasurementsAsync(cancellationToken);
        Card = card;
        Successor = card.SuccessorSlug is { } s ? all.FirstOrDefault(m => string.Equals(m.Slug, s, StringComparison.OrdinalIgnoreCase)) : null;
        Class = ComparisonClassRule.Classify(card, data.Ratio);
        Headline = card.HeadlinePrice;
        Blended = Headline is null ? null : BlendedPrice.Compute(Headline, data.Ratio);
        Measured = measurements.GetValueOrDefault(card.Slug) ?? ModelMeasurements.None;
        var now = DateTimeOffset.UtcNow;
        Headline72h = Measured.Headline(SpeedHeadline.DefaultWindow, now);
        Headline14d = Measured.Headline(SpeedHeadline.LongWindow, now);
        Placements = ModelPlacements.For(card, all, measurements, data.Ratio, data.Index);
        IndexResult = data.Index is { } index ? Measured.Index(index) : null;
        Providers = ProviderComparison.Of(card, Measured, data.Ratio);
        Faq = ModelFaq.For(card, Successor, Measured, data.Ratio);
        Peers = ComparisonClassRule.PeersOf(card, all, data.Ratio);
        Charts = ((await ModelCharts.BuildAsync(data, card.Slug, cancellationToken)) ?? [])
            .Select(c => new ChartView(c, "/api/charts/models/" + Uri.EscapeDataString(card.Slug))).ToList();
        JsonLd = BuildJsonLd($"{Request.Scheme}://{Request.Host}");
        return Page();
    }

    /// <summary>The FAQ as a schema.org FAQPage and the model as a SoftwareApplication; encoded so no text can close the script tag.</summary>
    private string BuildJsonLd(string origin)
    {
        var app = new JsonObject
        {
            ["@type"] = "SoftwareApplication",
            ["name"] = Card.Name,
            ["applicationCategory"] = "Large language model",
            ["url"] = origin + Links.Model(Card.Slug),
            ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = Card.Creator },
            ["license"] = Card.Licence,
        };
        if (Card.Description is { } d)
            app["description"] = d;
        if (Card.ReleaseDate is { } r)
            app["datePublished"] = Format.Date(r);
        if (Headline?.Input is { IsNoPrice: false } input && Headline.Output is { IsNoPrice: false } output)
            app["offers"] = new JsonArray(
                Offer("Input tokens, per 1M", input.Value), Offer("Output tokens, per 1M", output.Value));
        var faq = new JsonObject
        {
            ["@type"] = "FAQPage",
            ["mainEntity"] = new JsonArray(Faq.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = f.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = f.Answer },
            }).ToArray()),
        };
        var graph = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = new JsonArray(app, faq) };
        // The default encoder escapes <, > and & as \u003C…, so the JSON cannot end the <script> element early.
        return graph.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Offer(string name, decimal usd) => new()
    {
        ["@type"] = "Offer",
        ["name"] = name,
        ["price"] = usd,
        ["priceCurrency"] = "USD",
    };
}
