using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Yardstick.Measure.Workloads.Images;

/// <summary>
/// Generated PNG images (8-bit RGB, no data files): 8×8-pixel tiles of colours drawn from a generator seeded by
/// <c>seed</c> over a gradient, so the same seed gives the same bytes and another seed another picture. The pixel
/// data is deflated with <see cref="ZLibStream"/>; chunks carry their CRC-32 as the format requires.
/// </summary>
public static class PngImage
{
    public const string MediaType = "image/png";
    public const int MaximumSide = 8192;
    private const int Tile = 8;
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly Lazy<uint[]> CrcTable = new(BuildCrcTable);

    public static byte[] Generate(int width, int height, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaximumSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaximumSide);
        var random = new Random(seed);
        var tilesAcross = (width + Tile - 1) / Tile;
        var tiles = new byte[tilesAcross * ((height + Tile - 1) / Tile) * 3];
        random.NextBytes(tiles);
        var row = new byte[1 + width * 3];
        using var pixels = new MemoryStream();
        using (var deflate = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                row[0] = 0; // filter type None
                for (var x = 0; x < width; x++)
                {
                    var tile = ((y / Tile) * tilesAcross + x / Tile) * 3;
                    row[1 + x * 3] = (byte)((tiles[tile] + x * 255 / width) / 2);
                    row[2 + x * 3] = (byte)((tiles[tile + 1] + y * 255 / height) / 2);
                    row[3 + x * 3] = tiles[tile + 2];
                }
                deflate.Write(row);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bits per sample
        header[9] = 2;  // colour type RGB
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", pixels.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>CRC-32 (ISO 3309, as PNG uses) of <paramref name="bytes"/>.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var table = CrcTable.Value;
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typed));
        png.Write(four);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
