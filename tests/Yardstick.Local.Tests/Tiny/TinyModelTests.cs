using Yardstick.Local.Gguf;
using Yardstick.Local.Tests.Support;
using Yardstick.Local.Tiny;

namespace Yardstick.Local.Tests.Tiny;

public sealed class TinyModelTests
{
    [Fact]
    public async Task Ensure_creates_the_default_model_when_missing()
    {
        var path = Path.Combine(TestModels.NewFolder(), "models", "tiny.gguf");

        var result = await TinyModel.EnsureAsync(path, seed: 5, TestContext.Current.CancellationToken);

        Assert.Equal(path, result);
        var file = GgufReader.Read(path);
        Assert.Equal(TinyModelSpec.Default.EmbeddingLength, file.GetInteger("llama.embedding_length"));
        Assert.Contains("seed5", file.GetString("general.name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ensure_keeps_an_existing_valid_model()
    {
        // Given a valid model already in place
        var path = TestModels.Write(TestModels.Small);
        var before = File.ReadAllBytes(path);

        // When ensured
        await TinyModel.EnsureAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        // Then it is left as it was
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Ensure_replaces_a_truncated_file()
    {
        var path = Path.Combine(TestModels.NewFolder(), "tiny.gguf");
        File.WriteAllBytes(path, "GGUF"u8.ToArray());

        await TinyModel.EnsureAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("llama", GgufReader.Read(path).Architecture);
    }
}
