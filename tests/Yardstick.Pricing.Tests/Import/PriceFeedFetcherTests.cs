using System.Net;
using Yardstick.Core.Catalog;
using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Import;

namespace Yardstick.Pricing.Tests.Import;

public sealed class PriceFeedFetcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetches_the_feed_over_http_and_it_reads_like_the_file()
    {
        await using var server = new LoopbackFeedServer(200, Samples.OpenRouter);
        using var http = new HttpClient();

        var body = await new PriceFeedFetcher(http).FetchAsync(server.Url, Ct);

        Assert.Equal("GET /api/v1/models HTTP/1.1", Assert.Single(server.Requests));
        Assert.Equal(5, OpenRouterFeedReader.Read(body, new FactSource(FactSourceKind.Published, server.Url.ToString())).Models.Count);
    }

    [Fact]
    public async Task An_error_status_is_an_error_naming_it_not_an_empty_feed()
    {
        await using var server = new LoopbackFeedServer(503, "{}");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => new PriceFeedFetcher(http).FetchAsync(server.Url, Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }
}
