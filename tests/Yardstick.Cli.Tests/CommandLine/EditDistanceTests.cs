using Yardstick.Cli.CommandLine;

namespace Yardstick.Cli.Tests.CommandLine;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("--limit", "--limit", 0)]
    [InlineData("--limt", "--limit", 1)]
    [InlineData("--concurency", "--concurrency", 1)]
    [InlineData("--max-token", "--max-tokens", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }
}
