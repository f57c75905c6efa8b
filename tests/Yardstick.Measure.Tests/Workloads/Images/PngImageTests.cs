using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Yardstick.Measure.Workloads.Images;

namespace Yardstick.Measure.Tests.Workloads.Images;

public sealed class PngImageTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(64, 48)]
    [InlineData(333, 17)]
    public void The_file_is_a_valid_png_of_the_asked_size(int width, int height)
    {
        var png = PngImage.Generate(width, height, seed: 3);

        // Signature, then chunks whose CRCs hold: IHDR with the size, IDAT that inflates to one filtered row per line, IEND
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal((width, height, 8, 2), (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)), (int)header[8], (int)header[9]));
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        Assert.Equal(height * (1 + width * 3), inflated.Length);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_another_picture()
    {
        Assert.Equal(PngImage.Generate(32, 32, 1), PngImage.Generate(32, 32, 1));
        Assert.NotEqual(PngImage.Generate(32, 32, 1), PngImage.Generate(32, 32, 2));
    }

    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]   // the CRC-32 check value
    [InlineData("IEND", 0xAE426082u)]        // every PNG's last four bytes
    public void Crc32_matches_the_standard(string text, uint crc) => Assert.Equal(crc, PngImage.Crc32(Encoding.ASCII.GetBytes(text)));

    private static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typed = png.AsSpan(at + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), PngImage.Crc32(typed));
            chunks.Add((Encoding.ASCII.GetString(typed[..4]), typed[4..].ToArray()));
            at += 12 + length;
        }
        return chunks;
    }
}
