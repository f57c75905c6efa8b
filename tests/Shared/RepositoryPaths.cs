using System.Reflection;

namespace Yardstick.Testing;

/// <summary>
/// Finds the repository root and the shared data folder (../shared/data beside the checkout) from any test project,
/// whatever the artifacts folder: the build stamps the root into the test assembly, with a walk-up as fallback.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog", "models");

    /// <summary>../shared/data, or YARDSTICK_SHARED_DATA when set.</summary>
    public static string SharedData =>
        Environment.GetEnvironmentVariable("YARDSTICK_SHARED_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        var stamped = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "YardstickRepositoryRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "Yardstick.slnx")))
            return Path.GetFullPath(stamped);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yardstick.slnx")))
                return dir.FullName;
        throw new DirectoryNotFoundException("Yardstick.slnx was not found above " + AppContext.BaseDirectory);
    }
}
