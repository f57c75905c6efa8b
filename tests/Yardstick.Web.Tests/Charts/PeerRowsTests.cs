using Yardstick.Web.Charts;

namespace Yardstick.Web.Tests.Charts;

public sealed class PeerRowsTests
{
    [Theory]
    [InlineData(3, 2, "0,1,2")]
    [InlineData(26, 26, "all")]
    [InlineData(100, 1, "0,1,2,3,4,5,6,7,8,9,10")]
    [InlineData(100, 50, "0,1,2,3,4,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59")]
    [InlineData(100, 0, "0,1,2,3,4")]
    public void A_large_class_shows_the_leaders_and_the_neighbours_of_the_model(int count, int rank, string expected)
    {
        var shown = PeerRows.Shown(count, rank);

        Assert.Equal(expected == "all" ? string.Join(",", Enumerable.Range(0, count)) : expected, string.Join(",", shown));
    }
}
