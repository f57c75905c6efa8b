namespace Yardstick.Catalog.Loading;

/// <summary>The catalog has errors; nothing was imported.</summary>
public sealed class CatalogValidationException(IReadOnlyList<CatalogError> errors)
    : Exception($"The catalog has {errors.Count} error(s); nothing was imported:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<CatalogError> Errors { get; } = errors;
}
