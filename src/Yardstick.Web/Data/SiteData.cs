using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Web.Data;

/// <summary>
/// What one request reads: the catalog and the runs, matched to models by <see cref="RunRecord.ModelSlug"/>; only completed
/// runs count, the others are listed as skipped with the reason (<see cref="ModelMeasurements.From"/>).
/// Scoped per request, so a page reads each store at most once.
/// </summary>
public sealed class SiteData(ICatalogStore catalog, IRunStore runs, SiteOptions options)
{
    // Generous on purpose: a page should see every run, and stores page by this limit.
    private const int RunLimit = 100_000;

    private IReadOnlyList<ModelCard>? _models;
    private IReadOnlyDictionary<string, ModelMeasurements>? _measurements;

    public BlendRatio Ratio => options.BlendRatio;

    /// <summary>The intelligence index the pages show, when the host configured one.</summary>
    public IndexDefinition? Index => options.Index;

    public IRunStore Runs => runs;

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
        _measurements = all.Where(r => !string.IsNullOrEmpty(r.ModelSlug))
            .GroupBy(r => r.ModelSlug!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ModelMeasurements.From(g), StringComparer.OrdinalIgnoreCase);
        return _measurements;
    }

    public async Task<ModelMeasurements> MeasurementsAsync(string slug, CancellationToken cancellationToken = default) =>
        (await MeasurementsAsync(cancellationToken)).GetValueOrDefault(slug) ?? ModelMeasurements.None;
}
