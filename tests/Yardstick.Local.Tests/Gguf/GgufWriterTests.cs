using System.Security.Cryptography;
using Yardstick.Local.Gguf;
using Yardstick.Local.Tests.Support;

namespace Yardstick.Local.Tests.Gguf;

public sealed class GgufWriterTests
{
    [Fact]
    public void Writes_magic_version_and_counts_little_endian()
    {
        // Given a writer with two metadata entries and one tensor
        var writer = new GgufWriter()
            .AddString("general.architecture", "llama")
            .AddUInt32("llama.block_count", 2)
            .AddTensor("t", [4], GgmlType.F32, [1f, 2f, 3f, 4f]);

        // When it is written
        using var stream = new MemoryStream();
        writer.WriteTo(stream);
        var bytes = stream.ToArray();

        // Then the header is "GGUF", version 3, one tensor, two metadata entries, and the data section is aligned
        Assert.Equal("GGUF"u8.ToArray(), bytes[..4]);
        Assert.Equal(3u, BitConverter.ToUInt32(bytes, 4));
        Assert.Equal(1ul, BitConverter.ToUInt64(bytes, 8));
        Assert.Equal(2ul, BitConverter.ToUInt64(bytes, 16));
        Assert.Equal(0, bytes.Length % GgufWriter.Alignment);
        Assert.Equal(4f, BitConverter.ToSingle(bytes, bytes.Length - GgufWriter.Alignment + 12));
    }

    [Fact]
    public void Reads_back_what_it_wrote()
    {
        // Given a file with every kind of value the model writer uses and an F16 tensor
        var path = Path.Combine(TestModels.NewFolder(), "values.gguf");
        new GgufWriter()
            .AddString("s", "héllo")
            .AddUInt32("u", 7)
            .AddInt32("i", -3)
            .AddFloat32("f", 0.5f)
            .AddBool("b", true)
            .AddStringArray("tokens", ["a", "▁b"])
            .AddFloat32Array("scores", [1f, -1f])
            .AddInt32Array("types", [1, 6])
            .AddTensor("first", [3], GgmlType.F32, [1f, 2f, 3f])
            .AddTensor("second", [2, 2], GgmlType.F16, [1f, 2f, 3f, 4f])
            .WriteTo(path);

        // When the reader reads it
        var file = GgufReader.Read(path);

        // Then values, tensor shapes, types and aligned offsets come back
        Assert.Equal(3u, file.Version);
        Assert.Equal("héllo", file.GetString("s"));
        Assert.Equal(7, file.GetInteger("u"));
        Assert.Equal(-3, file.GetInteger("i"));
        Assert.Equal(0.5f, file.Metadata["f"].Value);
        Assert.Equal(true, file.Metadata["b"].Value);
        Assert.Equal(["a", "▁b"], file.GetStringArray("tokens"));
        Assert.Equal([1f, -1f], (IEnumerable<float>)file.Metadata["scores"].Value);
        Assert.Equal([new long[] { 3 }, [2, 2]], file.Tensors.Select(t => t.Dimensions.ToArray()));
        Assert.Equal([GgmlType.F32, GgmlType.F16], file.Tensors.Select(t => t.Type));
        Assert.Equal([0L, 32L], file.Tensors.Select(t => t.Offset));
        Assert.Equal(0, file.DataOffset % GgufWriter.Alignment);
        Assert.Equal(file.DataOffset + 64, file.FileLengthBytes);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        // Given two writers fed the same entries
        static byte[] Write()
        {
            using var stream = new MemoryStream();
            new GgufWriter().AddString("k", "v").AddTensor("t", [2], GgmlType.F16, [0.25f, -8f]).WriteTo(stream);
            return SHA256.HashData(stream.ToArray());
        }

        // When both are written, Then the bytes hash the same
        Assert.Equal(Write(), Write());
    }

    [Fact]
    public void Rejects_a_tensor_whose_values_do_not_fill_its_dimensions()
    {
        var writer = new GgufWriter();

        var error = Assert.Throws<ArgumentException>(() => writer.AddTensor("bad", [2, 3], GgmlType.F32, [1f, 2f]));

        Assert.Contains("'bad'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_duplicate_metadata_key()
    {
        var writer = new GgufWriter().AddUInt32("k", 1);

        Assert.Throws<ArgumentException>(() => writer.AddUInt32("k", 2));
    }
}
