namespace Yardstick.Local.Gguf;

/// <summary>The header of a GGUF file: version, metadata and tensor infos (the tensor data is not read).</summary>
public sealed record GgufFile(
    string Path,
    uint Version,
    IReadOnlyDictionary<string, GgufValue> Metadata,
    IReadOnlyList<GgufTensorInfo> Tensors,
    long DataOffset,
    long FileLengthBytes)
{
    public string? GetString(string key) => Metadata.TryGetValue(key, out var v) ? v.Value as string : null;

    /// <summary>An integer value of any integer type, or null when missing or not an integer.</summary>
    public long? GetInteger(string key) => Metadata.TryGetValue(key, out var v) ? v.Value switch
    {
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        short s => s,
        uint ui => ui,
        int i => i,
        ulong ul => (long)ul,
        long l => l,
        _ => null,
    } : null;

    public IReadOnlyList<string>? GetStringArray(string key) =>
        Metadata.TryGetValue(key, out var v) ? v.Value as IReadOnlyList<string> : null;

    public string? Architecture => GetString("general.architecture");

    public long? ContextLengthTokens => Architecture is { } arch ? GetInteger($"{arch}.context_length") : null;
}
