using System.Security.Cryptography;
using System.Text;
using LLama;
using LLama.Common;
using Yardstick.Local.Gguf;
using Yardstick.Local.Tests.Support;
using Yardstick.Local.Tiny;

namespace Yardstick.Local.Tests.Tiny;

public sealed class TinyModelGeneratorTests
{
    [Fact]
    public void Same_seed_gives_a_byte_identical_file()
    {
        // Given the same spec written twice to different places
        var first = TestModels.Write(TestModels.Small);
        var second = TestModels.Write(TestModels.Small);

        // Then the files hash the same
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(File.ReadAllBytes(second)));
    }

    [Fact]
    public void Different_seeds_give_different_weights()
    {
        var first = File.ReadAllBytes(TestModels.Write(TestModels.Small with { Seed = 1 }));
        var second = File.ReadAllBytes(TestModels.Write(TestModels.Small with { Seed = 2 }));

        Assert.Equal(first.Length, second.Length);
        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void Writes_a_llama_model_with_its_hyperparameters_vocabulary_and_chat_template()
    {
        // Given the small test model
        var file = GgufReader.Read(TestModels.Write(TestModels.Small));

        // Then the metadata describes a llama model of that shape
        Assert.Equal(3u, file.Version);
        Assert.Equal("llama", file.Architecture);
        Assert.Equal(64, file.GetInteger("llama.embedding_length"));
        Assert.Equal(2, file.GetInteger("llama.block_count"));
        Assert.Equal(256, file.ContextLengthTokens);
        Assert.Equal("llama", file.GetString("tokenizer.ggml.model"));
        Assert.Equal(TinyModelGenerator.ChatTemplate, file.GetString("tokenizer.chat_template"));
        var tokens = file.GetStringArray("tokenizer.ggml.tokens")!;
        Assert.Equal(["<unk>", "<s>", "</s>"], tokens.Take(3));
        Assert.Equal(file.GetInteger("llama.vocab_size"), tokens.Count);
        Assert.Equal(2, file.GetInteger("tokenizer.ggml.eos_token_id"));

        // And each of the 2 layers has its 9 tensors, plus embeddings, output norm and output
        Assert.Equal(3 + 2 * 9, file.Tensors.Count);
        Assert.All(file.Tensors.Where(t => t.Name.EndsWith("norm.weight", StringComparison.Ordinal)), t => Assert.Equal(GgmlType.F32, t.Type));
        Assert.All(file.Tensors, t => Assert.Equal(0, t.Offset % GgufWriter.Alignment));
    }

    [Fact]
    public void F16_weights_take_about_half_the_space()
    {
        var f32 = new FileInfo(TestModels.Write(TestModels.Small)).Length;
        var f16 = new FileInfo(TestModels.Write(TestModels.Small with { TensorType = GgmlType.F16 })).Length;

        Assert.InRange(f16, f32 * 0.45, f32 * 0.6);
    }

    [Fact]
    public void The_default_model_is_a_few_megabytes()
    {
        var bytes = TinyModelGenerator.Build(TinyModelSpec.Default);
        using var stream = new MemoryStream();
        bytes.WriteTo(stream);

        Assert.InRange(stream.Length, 1_000_000, 10_000_000);
    }

    [Theory]
    [InlineData(0, 2, 4)] // no embedding
    [InlineData(66, 2, 4)] // 66 does not split into 4 heads
    [InlineData(64, 0, 4)] // no layer
    public void Rejects_shapes_llama_cpp_cannot_load(int embedding, int layers, int heads)
    {
        var spec = TestModels.Small with { EmbeddingLength = embedding, LayerCount = layers, HeadCount = heads };

        Assert.Throws<ArgumentException>(() => TinyModelGenerator.Build(spec));
    }

    [Theory]
    [InlineData("Hello world, what is the answer?")]
    [InlineData("the model measures speed: 42 tokens/s\nnext line")]
    [InlineData("Ünïcödé → byte fallback 漢字")]
    public void LLamaSharp_tokenizes_and_detokenizes_text_unchanged(string text)
    {
        // Given the generated model loaded by LLamaSharp
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(TestModels.Write(TestModels.Small)) { ContextSize = 64 });

        // When text is tokenized and decoded back
        var tokens = weights.Tokenize(text, false, false, Encoding.UTF8);
        var decoder = new StreamingTokenDecoder(Encoding.UTF8, weights);
        decoder.AddRange(tokens);

        // Then it round-trips exactly (SPM pieces plus byte fallback cover any text)
        Assert.Equal(text, decoder.Read());
        Assert.True(tokens.Length < Encoding.UTF8.GetByteCount(text), "word pieces should merge, not fall back to bytes throughout");
    }
}
