using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// One model across its providers (issue 13): each catalog endpoint with its price, and for each location its runs were
/// measured from, its speed and TTFT under <see cref="SpeedRule"/> over that endpoint's and location's runs only; then
/// runs against base URLs the catalog does not list. Runs are matched to an endpoint by the run's endpoint id.
/// </summary>
public static class ProviderComparison
{
    /// <summary>The rows, catalog endpoints first (in catalog order, locations alphabetical), then unlisted base URLs.</summary>
    public static IReadOnlyList<ProviderRow> Of(ModelCard model, ModelMeasurements measured, BlendRatio ratio)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(measured);
        var rows = new List<ProviderRow>();
        var listed = model.Endpoints.Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in model.Endpoints)
        {
            var runs = measured.Perf.Where(p => string.Equals(p.Run.EndpointId, endpoint.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            var blended = BlendedPrice.Compute(endpoint.Price, ratio);
            if (runs.Count == 0)
                rows.Add(new ProviderRow(endpoint.Provider, endpoint, endpoint.BaseUrl, null, blended, null));
            foreach (var location in Locations(runs))
                rows.Add(new ProviderRow(endpoint.Provider, endpoint, endpoint.BaseUrl, location.Key, blended, SpeedRule.Of(location.Runs, measured.AsOf)));
        }
        var unlisted = measured.Perf.Where(p => p.Run.EndpointId is null || !listed.Contains(p.Run.EndpointId));
        foreach (var byUrl in unlisted.GroupBy(p => p.Run.BaseUrl, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var location in Locations(byUrl.ToList()))
                rows.Add(new ProviderRow(byUrl.Key, null, byUrl.Key, location.Key, null, SpeedRule.Of(location.Runs, measured.AsOf)));
        return rows;
    }

    private static IEnumerable<(string? Key, IReadOnlyList<PerfMeasurement> Runs)> Locations(IReadOnlyList<PerfMeasurement> runs) =>
        runs.GroupBy(p => string.IsNullOrWhiteSpace(p.Run.Location) ? null : p.Run.Location, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, (IReadOnlyList<PerfMeasurement>)g.ToList()));
}
