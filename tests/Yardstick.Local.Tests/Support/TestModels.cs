using Yardstick.Local.Tiny;

namespace Yardstick.Local.Tests.Support;

/// <summary>Small model shapes and a temporary folder for files generated at test time (no model file is committed).</summary>
internal static class TestModels
{
    /// <summary>Small enough to load and generate in milliseconds, with a context short enough to overflow on purpose.</summary>
    public static TinyModelSpec Small { get; } = new()
    {
        EmbeddingLength = 64,
        LayerCount = 2,
        HeadCount = 4,
        FeedForwardLength = 128,
        ContextLengthTokens = 256,
    };

    /// <summary>This test run's temporary root; the assembly fixture deletes it at the end of the run.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "yardstick-local-tests", Guid.NewGuid().ToString("N"));

    public static string NewFolder()
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Write(TinyModelSpec spec, string? folder = null)
    {
        var path = Path.Combine(folder ?? NewFolder(), $"tiny-{spec.Seed}.gguf");
        TinyModelGenerator.Write(path, spec);
        return path;
    }
}
