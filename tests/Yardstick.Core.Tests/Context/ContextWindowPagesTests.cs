using Yardstick.Core.Context;

namespace Yardstick.Core.Tests.Context;

public sealed class ContextWindowPagesTests
{
    [Theory]
    [InlineData(32_000, 48)]
    [InlineData(128_000, 192)]
    [InlineData(256_000, 384)]
    [InlineData(1_047_576, 1571)]
    public void Thousand_tokens_are_one_and_a_half_A4_pages(long tokens, int pages)
    {
        Assert.Equal(pages, ContextWindowPages.A4Pages(tokens));
    }

    [Theory]
    [InlineData(32_768, "33k")]
    [InlineData(131_072, "131k")]
    [InlineData(1_047_576, "1.05M")]
    [InlineData(512, "512")]
    public void Short_form_reads_like_a_spec_sheet(long tokens, string expected)
    {
        Assert.Equal(expected, ContextWindowPages.Short(tokens));
    }
}
