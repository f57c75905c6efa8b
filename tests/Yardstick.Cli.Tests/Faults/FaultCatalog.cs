using Yardstick.Testing;

namespace Yardstick.Cli.Tests.Faults;

/// <summary>A one-model catalog for the fault runs: importing it costs a fraction of the bundled 56 models, 34 times over.</summary>
internal static class FaultCatalog
{
    private static readonly Lazy<string> Created = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("yardstick-fault-catalog-").FullName;
        File.Copy(Path.Combine(RepositoryPaths.Catalog, "yardstick-tiny.yaml"), Path.Combine(folder, "yardstick-tiny.yaml"));
        return folder;
    });

    public static string Folder => Created.Value;
}
