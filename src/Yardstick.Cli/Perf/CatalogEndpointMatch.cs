using Yardstick.Core.Catalog;

namespace Yardstick.Cli.Perf;

/// <summary>
/// Finds the catalog endpoint a command line names by base URL and model id, so that a perf run against a catalogued
/// endpoint is filed under its model (and shows on its page) without --model-slug.
/// </summary>
internal static class CatalogEndpointMatch
{
    public static async Task<EndpointCard?> FindAsync(ICatalogStore catalog, string baseUrl, string modelId, CancellationToken cancellationToken)
    {
        var models = await catalog.GetModelsAsync(cancellationToken);
        var wanted = Normalise(baseUrl);
        return models.SelectMany(m => m.Endpoints)
            .FirstOrDefault(e => string.Equals(Normalise(e.BaseUrl), wanted, StringComparison.OrdinalIgnoreCase) && e.ModelId == modelId);
    }

    private static string Normalise(string url) => url.Trim().TrimEnd('/');
}
