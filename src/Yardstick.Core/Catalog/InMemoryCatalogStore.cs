namespace Yardstick.Core.Catalog;

/// <summary>A catalog held in memory (tests, previews of catalog files before import).</summary>
public sealed class InMemoryCatalogStore(IEnumerable<ModelCard> models) : ICatalogStore
{
    private readonly IReadOnlyList<ModelCard> _models = models.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public Task<IReadOnlyList<ModelCard>> GetModelsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_models);

    public Task<ModelCard?> GetModelAsync(string slug, CancellationToken cancellationToken = default) =>
        Task.FromResult(_models.FirstOrDefault(m => string.Equals(m.Slug, slug, StringComparison.OrdinalIgnoreCase)));
}
