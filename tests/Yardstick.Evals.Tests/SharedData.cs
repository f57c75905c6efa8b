namespace Yardstick.Evals.Tests;

/// <summary>The shared public data folder (../shared/data beside the checkout); tests skip with the reason when a file is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Repository = new(() => Yardstick.Testing.RepositoryPaths.Root);

    private static readonly Lazy<string?> Root = new(() => Yardstick.Testing.RepositoryPaths.SharedData);

    /// <summary>A file of the repository itself (e.g. index/yardstick-index-v1.json); skips when the source is not at hand.</summary>
    public static string RepositoryFile(params string[] parts)
    {
        if (Repository.Value is null)
            Assert.Skip("Yardstick.slnx not found, so the repository files cannot be located.");
        return System.IO.Path.Combine([Repository.Value, .. parts]);
    }

    /// <summary>The path of a file or folder under the data folder; skips the test when it is absent.</summary>
    public static string Path(params string[] parts)
    {
        if (Root.Value is null)
            Assert.Skip("Yardstick.slnx not found above the test binaries, so ../shared/data cannot be located.");
        var path = System.IO.Path.Combine([Root.Value, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Skip($"Shared data not present: {path}");
        return path;
    }

    public static string EvalsFolder => Path("evals");

    public static IEnumerable<System.Text.Json.JsonElement> ReadJsonLines(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement);
}
