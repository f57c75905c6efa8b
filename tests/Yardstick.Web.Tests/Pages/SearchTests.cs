namespace Yardstick.Web.Tests.Pages;

public sealed class SearchTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("anthropic", new[] { "/models/claude-haiku-4.5", "/models/claude-sonnet-4.5" })]   // creator
    [InlineData("TINY alibaba", new[] { "/models/qwen3-4b-reasoning", "/models/qwen3-4b-2507-reasoning", "/models/qwen3.5-4b" })] // class and creator, any case
    public async Task Search_matches_name_creator_and_class_with_every_word(string query, string[] expected)
    {
        // When the header's search box is used
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString(query), Ct);

        // Then the results are the models every word matches
        var results = html[html.IndexOf("id=\"search-results\"", StringComparison.Ordinal)..];
        foreach (var link in expected)
            Assert.Contains($"href=\"{link}\"", results, StringComparison.Ordinal);
        Assert.Equal(expected.Length, results.Split("<tr><td>").Length - 1);
    }

    [Fact]
    public async Task One_match_goes_straight_to_its_page_and_every_page_has_the_box()
    {
        // When the search names one model
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };
        using var response = await client.GetAsync("/search?q=gpt-4.1", Ct);
        var home = await site.Client.GetStringAsync("/leaderboard", Ct);

        // Then it redirects to that model, and the box is in the header
        Assert.Equal("/models/gpt-4.1", response.Headers.Location?.ToString());
        Assert.Contains("<form class=\"search\" method=\"get\" action=\"/search\"", home, StringComparison.Ordinal);
    }
}
