using Yardstick.Core.Catalog;

namespace Yardstick.Catalog.Loading;

/// <summary>
/// What a catalog folder holds: the valid models, every error found (a catalog with errors must not be imported), and a
/// SHA-256 over the files' names and bytes, so that an import can tell whether the files changed since.
/// </summary>
public sealed record CatalogLoadResult(IReadOnlyList<ModelCard> Models, IReadOnlyList<CatalogError> Errors, int FilesRead, string ContentSha256 = "")
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The models, or a <see cref="CatalogValidationException"/> listing every error.</summary>
    public IReadOnlyList<ModelCard> EnsureValid() => IsValid ? Models : throw new CatalogValidationException(Errors);
}
