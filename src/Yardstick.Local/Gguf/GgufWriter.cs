using System.Text;

namespace Yardstick.Local.Gguf;

/// <summary>
/// Writes a GGUF version 3 file: header, metadata key/values, tensor infos, then the tensor data, each tensor aligned to
/// <see cref="Alignment"/> bytes. Output depends only on what was added and in which order, so equal input gives
/// byte-identical files.
/// </summary>
public sealed class GgufWriter
{
    public const uint Magic = 0x46554747; // "GGUF" read as a little-endian uint32
    public const uint Version = 3;
    public const int Alignment = 32;

    private readonly List<(string Key, GgufValueType Type, Action<BinaryWriter> WriteValue)> _metadata = [];
    private readonly List<(string Name, long[] Dimensions, GgmlType Type, float[] Values)> _tensors = [];

    public int MetadataCount => _metadata.Count;
    public int TensorCount => _tensors.Count;

    public GgufWriter AddUInt32(string key, uint value) => Add(key, GgufValueType.UInt32, w => w.Write(value));
    public GgufWriter AddInt32(string key, int value) => Add(key, GgufValueType.Int32, w => w.Write(value));
    public GgufWriter AddFloat32(string key, float value) => Add(key, GgufValueType.Float32, w => w.Write(value));
    public GgufWriter AddBool(string key, bool value) => Add(key, GgufValueType.Bool, w => w.Write(value));
    public GgufWriter AddString(string key, string value) => Add(key, GgufValueType.String, w => WriteString(w, value));

    public GgufWriter AddStringArray(string key, IReadOnlyList<string> values) =>
        AddArray(key, GgufValueType.String, values.Count, w => { foreach (var v in values) WriteString(w, v); });

    public GgufWriter AddFloat32Array(string key, IReadOnlyList<float> values) =>
        AddArray(key, GgufValueType.Float32, values.Count, w => { foreach (var v in values) w.Write(v); });

    public GgufWriter AddInt32Array(string key, IReadOnlyList<int> values) =>
        AddArray(key, GgufValueType.Int32, values.Count, w => { foreach (var v in values) w.Write(v); });

    /// <summary>
    /// Adds a tensor. <paramref name="dimensions"/> are in ggml order (innermost, contiguous dimension first);
    /// <paramref name="values"/> are converted to <paramref name="type"/> (F32 or F16) when written.
    /// </summary>
    public GgufWriter AddTensor(string name, IReadOnlyList<long> dimensions, GgmlType type, float[] values)
    {
        if (type is not (GgmlType.F32 or GgmlType.F16))
            throw new ArgumentOutOfRangeException(nameof(type), type, "The writer stores F32 or F16 tensors only.");
        var elements = dimensions.Aggregate(1L, (product, d) => product * d);
        if (elements != values.Length)
            throw new ArgumentException($"Tensor '{name}' has {values.Length} values but its dimensions hold {elements}.", nameof(values));
        _tensors.Add((name, [.. dimensions], type, values));
        return this;
    }

    /// <summary>Writes the file to a seekable stream (its position drives the alignment padding).</summary>
    public void WriteTo(Stream stream)
    {
        if (!stream.CanSeek)
            throw new ArgumentException("The GGUF writer needs a seekable stream.", nameof(stream));
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ulong)_tensors.Count);
        writer.Write((ulong)_metadata.Count);
        foreach (var (key, type, writeValue) in _metadata)
        {
            WriteString(writer, key);
            writer.Write((uint)type);
            writeValue(writer);
        }

        long offset = 0;
        foreach (var (name, dimensions, type, values) in _tensors)
        {
            WriteString(writer, name);
            writer.Write((uint)dimensions.Length);
            foreach (var d in dimensions)
                writer.Write((ulong)d);
            writer.Write((uint)type);
            writer.Write((ulong)offset);
            offset = AlignUp(offset + ByteCount(type, values.Length));
        }

        Pad(writer);
        foreach (var (_, _, type, values) in _tensors)
        {
            if (type == GgmlType.F32)
                foreach (var v in values) writer.Write(v);
            else
                foreach (var v in values) writer.Write((Half)v);
            Pad(writer);
        }
    }

    public void WriteTo(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        WriteTo(file);
    }

    private GgufWriter Add(string key, GgufValueType type, Action<BinaryWriter> writeValue)
    {
        if (_metadata.Any(m => m.Key == key))
            throw new ArgumentException($"Metadata key '{key}' was added twice.", nameof(key));
        _metadata.Add((key, type, writeValue));
        return this;
    }

    private GgufWriter AddArray(string key, GgufValueType elementType, int count, Action<BinaryWriter> writeElements) =>
        Add(key, GgufValueType.Array, w =>
        {
            w.Write((uint)elementType);
            w.Write((ulong)count);
            writeElements(w);
        });

    private static long ByteCount(GgmlType type, int elements) => type == GgmlType.F32 ? elements * 4L : elements * 2L;

    private static long AlignUp(long value) => (value + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter writer)
    {
        writer.Flush();
        var position = writer.BaseStream.Position;
        for (var i = position; i < AlignUp(position); i++)
            writer.Write((byte)0);
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}
