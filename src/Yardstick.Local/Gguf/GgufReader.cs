using System.Text;

namespace Yardstick.Local.Gguf;

/// <summary>
/// Reads and checks a GGUF header before the native loader sees the file, so that a bad file gets an error that names it
/// and says why (missing, truncated, not GGUF, unsupported version) instead of the native loader's generic failure.
/// </summary>
public static class GgufReader
{
    private const int DefaultAlignment = 32;

    /// <exception cref="InvalidModelFileException">The file is missing, truncated, not GGUF or of an unknown version.</exception>
    public static GgufFile Read(string path)
    {
        if (Directory.Exists(path))
            throw new InvalidModelFileException(path, "is a directory, not a GGUF file.");
        if (!File.Exists(path))
            throw new InvalidModelFileException(path, "does not exist.");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            return Read(path, reader, stream.Length);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidModelFileException(path, "is truncated: the file ends inside its GGUF header.", e);
        }
        catch (IOException e)
        {
            throw new InvalidModelFileException(path, $"cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidModelFileException(path, $"cannot be read: {e.Message}", e);
        }
    }

    private static GgufFile Read(string path, BinaryReader reader, long length)
    {
        if (length < 4)
            throw new InvalidModelFileException(path, $"is not a GGUF file: it is only {length} bytes long.");
        var magic = reader.ReadBytes(4);
        if (BitConverter.ToUInt32(magic) != GgufWriter.Magic)
            throw new InvalidModelFileException(path, $"is not a GGUF file: it starts with bytes {Convert.ToHexString(magic)}, not 'GGUF' (47475546).");
        var version = reader.ReadUInt32();
        if (version is not (2 or 3))
            throw new InvalidModelFileException(path, $"is GGUF version {version}; versions 2 and 3 are supported.");
        var tensorCount = ReadCount(path, reader, length);
        var metadataCount = ReadCount(path, reader, length);

        var metadata = new Dictionary<string, GgufValue>(StringComparer.Ordinal);
        for (long i = 0; i < metadataCount; i++)
        {
            var key = ReadString(path, reader, length);
            var type = (GgufValueType)reader.ReadUInt32();
            metadata[key] = ReadValue(path, reader, length, type);
        }

        var tensors = new List<GgufTensorInfo>();
        for (long i = 0; i < tensorCount; i++)
        {
            var name = ReadString(path, reader, length);
            var dimensionCount = reader.ReadUInt32();
            if (dimensionCount > 8)
                throw new InvalidModelFileException(path, $"is corrupt: tensor '{name}' claims {dimensionCount} dimensions.");
            var dimensions = new long[dimensionCount];
            for (var d = 0; d < dimensionCount; d++)
                dimensions[d] = (long)reader.ReadUInt64();
            var type = (GgmlType)reader.ReadUInt32();
            var offset = (long)reader.ReadUInt64();
            tensors.Add(new GgufTensorInfo(name, dimensions, type, offset));
        }

        var alignment = metadata.TryGetValue("general.alignment", out var a) && a.Value is uint u && u > 0 ? (long)u : DefaultAlignment;
        var dataOffset = (reader.BaseStream.Position + alignment - 1) / alignment * alignment;
        var file = new GgufFile(path, version, metadata, tensors, dataOffset, length);
        CheckTensorData(file);
        return file;
    }

    private static void CheckTensorData(GgufFile file)
    {
        foreach (var tensor in file.Tensors)
        {
            // Types whose size is not known here still must start inside the file.
            var end = file.DataOffset + tensor.Offset + (GgmlTypeSizes.ByteCount(tensor.Type, tensor.ElementCount) ?? 1);
            if (end > file.FileLengthBytes)
                throw new InvalidModelFileException(file.Path,
                    $"is truncated: tensor '{tensor.Name}' needs {end:N0} bytes but the file has {file.FileLengthBytes:N0}.");
        }
    }

    private static GgufValue ReadValue(string path, BinaryReader reader, long length, GgufValueType type)
    {
        if (type != GgufValueType.Array)
            return new GgufValue(type, ReadScalar(path, reader, length, type));
        var elementType = (GgufValueType)reader.ReadUInt32();
        var count = ReadCount(path, reader, length);
        object list = elementType switch
        {
            GgufValueType.String => ReadList(count, () => ReadString(path, reader, length)),
            GgufValueType.Float32 => ReadList(count, reader.ReadSingle),
            GgufValueType.Int32 => ReadList(count, reader.ReadInt32),
            GgufValueType.UInt32 => ReadList(count, reader.ReadUInt32),
            _ => ReadList(count, () => ReadScalar(path, reader, length, elementType)),
        };
        return new GgufValue(type, list, elementType);
    }

    private static List<T> ReadList<T>(long count, Func<T> read)
    {
        var list = new List<T>((int)Math.Min(count, 1 << 20));
        for (long i = 0; i < count; i++)
            list.Add(read());
        return list;
    }

    private static object ReadScalar(string path, BinaryReader reader, long length, GgufValueType type) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => reader.ReadSByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => reader.ReadInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => reader.ReadInt32(),
        GgufValueType.Float32 => reader.ReadSingle(),
        GgufValueType.Bool => reader.ReadByte() != 0,
        GgufValueType.String => ReadString(path, reader, length),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => reader.ReadDouble(),
        _ => throw new InvalidModelFileException(path, $"is corrupt: unknown metadata value type {(uint)type}."),
    };

    /// <summary>A count or length, checked against the bytes left so that a corrupt header cannot ask for gigabytes.</summary>
    private static long ReadCount(string path, BinaryReader reader, long length)
    {
        var count = reader.ReadUInt64();
        if (count > (ulong)(length - reader.BaseStream.Position))
            throw new InvalidModelFileException(path, $"is truncated or corrupt: a count of {count:N0} exceeds the bytes left in the file.");
        return (long)count;
    }

    private static string ReadString(string path, BinaryReader reader, long length)
    {
        var byteCount = ReadCount(path, reader, length);
        return Encoding.UTF8.GetString(reader.ReadBytes((int)byteCount));
    }
}
