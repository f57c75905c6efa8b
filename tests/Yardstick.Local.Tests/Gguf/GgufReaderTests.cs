using Yardstick.Local.Gguf;
using Yardstick.Local.Tests.Support;

namespace Yardstick.Local.Tests.Gguf;

public sealed class GgufReaderTests
{
    [Fact]
    public void Missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(TestModels.NewFolder(), "absent.gguf");

        var error = Assert.Throws<InvalidModelFileException>(() => GgufReader.Read(path));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PK\u0003\u0004 a zip file, not a model")]
    [InlineData("{\"json\": true}")]
    [InlineData("GG")]
    public void A_file_without_the_GGUF_magic_is_not_a_GGUF_file(string content)
    {
        var path = Path.Combine(TestModels.NewFolder(), "model.gguf");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidModelFileException>(() => GgufReader.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a GGUF file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_version_is_reported_with_its_number()
    {
        var path = Path.Combine(TestModels.NewFolder(), "future.gguf");
        File.WriteAllBytes(path, [.. "GGUF"u8, 9, 0, 0, 0, .. new byte[16]]);

        var error = Assert.Throws<InvalidModelFileException>(() => GgufReader.Read(path));

        Assert.Contains("version 9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.02)] // inside the metadata
    [InlineData(0.5)] // inside the tensor data
    [InlineData(0.999)] // the last bytes of the last tensor
    public void A_truncated_model_is_reported_as_truncated(double keptFraction)
    {
        // Given a valid model cut short
        var path = TestModels.Write(TestModels.Small);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keptFraction)]);

        // When it is read
        var error = Assert.Throws<InvalidModelFileException>(() => GgufReader.Read(path));

        // Then the error names the file and says it is truncated
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_not_a_model()
    {
        var folder = TestModels.NewFolder();

        var error = Assert.Throws<InvalidModelFileException>(() => GgufReader.Read(folder));

        Assert.Contains("directory", error.Message, StringComparison.Ordinal);
    }
}
