using System.Reflection;

namespace Yardstick.Local.Tests.Support;

/// <summary>The repository root: the folder holding Yardstick.slnx, found from the test binaries or recorded at build time.</summary>
internal static class RepositoryRoot
{
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Yardstick.slnx")))
                return folder.FullName;
        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return recorded is not null && File.Exists(Path.Combine(recorded, "Yardstick.slnx")) ? recorded : null;
    }
}
