namespace Yardstick.Catalog.Loading;

/// <summary>Finds the bundled catalog folder: the one given, else <c>catalog/models</c> beside the program or above the working folder.</summary>
public static class CatalogLocator
{
    public const string RelativePath = "catalog/models";

    public static string Resolve(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
            return Path.GetFullPath(explicitDirectory);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No '{RelativePath}' folder was found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; pass --catalog DIR.");
    }
}
