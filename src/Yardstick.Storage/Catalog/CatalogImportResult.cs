namespace Yardstick.Storage.Catalog;

/// <summary>What an import replaced: the model count before and after, and the content hash recorded.</summary>
public sealed record CatalogImportResult(int PreviousModels, int ImportedModels, string ContentSha256);
