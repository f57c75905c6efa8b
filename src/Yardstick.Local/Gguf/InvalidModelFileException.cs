namespace Yardstick.Local.Gguf;

/// <summary>A model file is missing, truncated, not GGUF, or of a version this reader does not know; the message names the file and says why.</summary>
public sealed class InvalidModelFileException(string path, string reason, Exception? inner = null)
    : Exception($"Model file '{path}': {reason}", inner)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
