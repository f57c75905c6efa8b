using Yardstick.Core.Catalog;

namespace Yardstick.Core.Tests.Catalog;

public sealed class FactSourceTests
{
    [Theory]
    [InlineData("published:https://huggingface.co/Qwen/Qwen3-4B", FactSourceKind.Published, "https://huggingface.co/Qwen/Qwen3-4B")]
    [InlineData("measured:perf-20261126T000000Z-abc123", FactSourceKind.Measured, "perf-20261126T000000Z-abc123")]
    [InlineData("user", FactSourceKind.User, "")]
    public void Parses_the_three_forms(string text, FactSourceKind kind, string reference)
    {
        var source = FactSource.TryParse(text);

        Assert.Equal(new FactSource(kind, reference), source);
        Assert.Equal(text, source!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://example.org")]
    [InlineData("published:")]
    [InlineData("guessed:somewhere")]
    public void Rejects_anything_else(string text)
    {
        Assert.Null(FactSource.TryParse(text));
    }
}
