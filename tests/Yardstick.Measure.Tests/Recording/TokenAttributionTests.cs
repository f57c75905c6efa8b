using Yardstick.Core.Tokens;
using Yardstick.Measure.Recording;

namespace Yardstick.Measure.Tests.Recording;

public sealed class TokenAttributionTests
{
    [Theory]
    [InlineData(new[] { " red", " blue" }, new[] { 1, 1 })]
    [InlineData(new[] { " red blue green", " cat" }, new[] { 3, 1 })]
    [InlineData(new[] { " re", "d blue" }, new[] { 1, 1 })]
    [InlineData(new[] { "", " red", "" }, new[] { 0, 1, 0 })]
    [InlineData(new string[0], new int[0])]
    public void Each_token_goes_to_the_piece_where_it_starts_and_the_total_is_the_whole_texts(string[] pieces, int[] expected)
    {
        var counts = TokenAttribution.PerPiece(O200kTokenCounter.Default.Tokenizer, pieces);

        Assert.Equal(expected, counts);
        Assert.Equal(O200kTokenCounter.Default.Count(string.Concat(pieces)), counts.Sum());
    }
}
