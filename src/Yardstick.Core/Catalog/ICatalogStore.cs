namespace Yardstick.Core.Catalog;

/// <summary>Read access to the imported catalog (the database in production, memory in tests).</summary>
public interface ICatalogStore
{
    Task<IReadOnlyList<ModelCard>> GetModelsAsync(CancellationToken cancellationToken = default);

    Task<ModelCard?> GetModelAsync(string slug, CancellationToken cancellationToken = default);
}
