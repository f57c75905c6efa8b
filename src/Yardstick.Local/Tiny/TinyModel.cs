using Yardstick.Local.Gguf;

namespace Yardstick.Local.Tiny;

/// <summary>The embedded default model: a generated tiny llama GGUF that makes the pipeline run with real inference, no download.</summary>
public static class TinyModel
{
    public const int DefaultSeed = 42;

    /// <summary>
    /// Returns <paramref name="path"/>, first writing the default tiny model with <paramref name="seed"/> there when no valid
    /// GGUF file exists yet (a truncated or foreign file is replaced).
    /// </summary>
    public static Task<string> EnsureAsync(string path, int seed = DefaultSeed, CancellationToken cancellationToken = default) =>
        EnsureAsync(path, TinyModelSpec.Default with { Seed = seed }, cancellationToken);

    /// <summary>Returns <paramref name="path"/>, first writing a model of <paramref name="spec"/> there when no valid GGUF file exists yet.</summary>
    public static Task<string> EnsureAsync(string path, TinyModelSpec spec, CancellationToken cancellationToken = default)
    {
        if (File.Exists(path) && IsValid(path))
            return Task.FromResult(path);
        return Task.Run(() =>
        {
            TinyModelGenerator.Write(path, spec);
            return path;
        }, cancellationToken);
    }

    private static bool IsValid(string path)
    {
        try
        {
            GgufReader.Read(path);
            return true;
        }
        catch (InvalidModelFileException)
        {
            return false;
        }
    }
}
