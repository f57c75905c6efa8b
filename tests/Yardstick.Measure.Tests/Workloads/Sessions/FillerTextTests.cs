using Yardstick.Core.Tokens;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Tests.Workloads.Sessions;

public sealed class FillerTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(512)]
    [InlineData(3000)]
    public void Has_exactly_the_asked_normalised_length(int tokens) =>
        Assert.Equal(tokens, O200kTokenCounter.Default.Count(FillerText.Of(tokens, new Random(tokens))));

    [Fact]
    public void A_seeded_generator_gives_the_same_text_and_a_shorter_one_is_its_prefix()
    {
        Assert.Equal(FillerText.Of(100, new Random(9)), FillerText.Of(100, new Random(9)));
        Assert.StartsWith(FillerText.Of(40, new Random(9)), FillerText.Of(100, new Random(9)), StringComparison.Ordinal);
        Assert.NotEqual(FillerText.Of(100, new Random(9)), FillerText.Of(100, new Random(10)));
    }
}
