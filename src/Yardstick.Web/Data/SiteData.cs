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
/// Scoped per request, so a page takes one <see cref="SiteSnapshot"/> (kept across requests while the data is unchanged).
/// </summary>
public sealed class SiteData(IRunStore runs, SiteOptions options, IPriceHistoryStore prices, IHttpContextAccessor http, SiteSnapshots snapshots,
    IRunFiguresStore figures)
{
    private SiteSnapshot? _snapshot;

    public BlendRatio Ratio => options.BlendRatio;

    /// <summary>The intelligence index the pages show, when the host configured one.</summary>
    public IndexDefinition? Index => options.Index;

    public IRunStore Runs => runs;

    /// <summary>Each run's precomputed whole-run figures (medians from its samples, throughput), without reading samples.</summary>
    public IRunFiguresStore Figures => figures;

    /// <summary>Dated prices of every endpoint (the catalog's and the feeds').</summary>
    public IPriceHistoryStore Prices => prices;

    /// <summary>"http://127.0.0.1:5080": the API's <c>page_url</c>s are absolute, so a client can follow them as given.</summary>
    public string Origin => http.HttpContext is { Request: var r } ? $"{r.Scheme}://{r.Host}" : "";

    private async Task<SiteSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= await snapshots.CurrentAsync(cancellationToken);

    public async Task<IReadOnlyList<ModelCard>> ModelsAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Models;

    public async Task<ModelCard?> ModelAsync(string slug, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(slug) ? null : (await SnapshotAsync(cancellationToken)).BySlug.GetValueOrDefault(slug.Trim());

    /// <summary>Measurements of every model that has runs, by slug (case-insensitive).</summary>
    public async Task<IReadOnlyDictionary<string, ModelMeasurements>> MeasurementsAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Measurements;

    /// <summary>Every model with its class, price and latest measurements: the leaderboard's rows and its charts' data.</summary>
    public async Task<IReadOnlyList<LeaderboardRow>> LeaderboardRowsAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Rows;

    public async Task<ModelMeasurements> MeasurementsAsync(string slug, CancellationToken cancellationToken = default) =>
        (await MeasurementsAsync(cancellationToken)).GetValueOrDefault(slug) ?? ModelMeasurements.None;
}
