using Microsoft.AspNetCore.Http;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Data;

/// <summary>
/// What one request reads: the catalog and the runs, matched to models by <see cref="RunRecord.ModelSlug"/>; only completed
/// runs count, the others are listed as skipped with the reason (<see cref="ModelMeasurements.From"/>).
/// Scoped per request, so a page reads each store at most once.
/// </summary>
public sealed class SiteData(ICatalogStore catalog, IRunStore runs, SiteOptions options, IPriceHistoryStore prices, IHttpContextAccessor http)
{
    // Generous on purpose: a page should see every run, and stores page by this limit.
    private const int RunLimit = 100_000;

    private IReadOnlyList<ModelCard>? _models;
    private IReadOnlyDictionary<string, ModelMeasurements>? _measurements;

    public BlendRatio Ratio => options.BlendRatio;

    /// <summary>The intelligence index the pages show, when the host configured one.</summary>
    public IndexDefinition? Index => options.Index;

    public IRunStore Runs => runs;

    /// <summary>Dated prices of every endpoint (the catalog's and the feeds').</summary>
    public IPriceHistoryStore Prices => prices;

    /// <summary>"http://127.0.0.1:5080": the API's <c>page_url</c>s are absolute, so a client can follow them as given.</summary>
    public string Origin => http.HttpContext is { Request: var r } ? $"{r.Scheme}://{r.Host}" : "";

    public async Task<IReadOnlyList<ModelCard>> ModelsAsync(CancellationToken cancellationToken = default) =>
        _models ??= await catalog.GetModelsAsync(cancellationToken);

    public async Task<ModelCard?> ModelAsync(string slug, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(slug) ? null : await catalog.GetModelAsync(slug.Trim(), cancellationToken);

    /// <summary>Measurements of every model that has runs, by slug (case-insensitive).</summary>
    public async Task<IReadOnlyDictionary<string, ModelMeasurements>> MeasurementsAsync(CancellationToken cancellationToken = default)
    {
        if (_measurements is not null)
            return _measurements;
        var all = await runs.ListRunsAsync(new RunQuery(Limit: RunLimit), cancellationToken);
        var measurements = all.Where(r => !string.IsNullOrEmpty(r.ModelSlug))
            .GroupBy(r => r.ModelSlug!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ModelMeasurements.From(g), StringComparer.OrdinalIgnoreCase);
        var models = (await ModelsAsync(cancellationToken)).ToDictionary(m => m.Slug, StringComparer.OrdinalIgnoreCase);
        foreach (var (slug, measured) in measurements.ToList())
            if (models.TryGetValue(slug, out var model) && SelfHostingRuns.Select(model, measured) is { } selfHosting)
                measurements[slug] = measured with { SelfHosting = await selfHosting.CostAsync(runs, cancellationToken) };
        _measurements = measurements;
        return _measurements;
    }

    /// <summary>Every model with its class, price and latest measurements: the leaderboard's rows and its charts' data.</summary>
    public async Task<IReadOnlyList<LeaderboardRow>> LeaderboardRowsAsync(CancellationToken cancellationToken = default)
    {
        var measured = await MeasurementsAsync(cancellationToken);
        return (await ModelsAsync(cancellationToken)).Select(m =>
        {
            var mm = measured.GetValueOrDefault(m.Slug) ?? ModelMeasurements.None;
            return new LeaderboardRow(m, ClassLabel.Short(ComparisonClassRule.Classify(m, Ratio)), m.HeadlinePrice, PricePoint.Of(m, mm.SelfHosting, Ratio), mm,
                mm.LatestEvals.ToDictionary(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase),
                Index is { } index ? mm.Index(index) : null);
        }).ToList();
    }

    public async Task<ModelMeasurements> MeasurementsAsync(string slug, CancellationToken cancellationToken = default) =>
        (await MeasurementsAsync(cancellationToken)).GetValueOrDefault(slug) ?? ModelMeasurements.None;
}
