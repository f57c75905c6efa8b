using Yardstick.Core.Catalog;

namespace Yardstick.Catalog.Loading;

/// <summary>What a catalog folder holds: the valid models and every error found (a catalog with errors must not be imported).</summary>
public sealed record CatalogLoadResult(IReadOnlyList<ModelCard> Models, IReadOnlyList<CatalogError> Errors, int FilesRead)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The models, or a <see cref="CatalogValidationException"/> listing every error.</summary>
    public IReadOnlyList<ModelCard> EnsureValid() => IsValid ? Models : throw new CatalogValidationException(Errors);
}
