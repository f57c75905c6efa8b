using Yardstick.Web.Hosting;

namespace Yardstick.Web.Tests.Hosting;

public sealed class LoopbackUrlsTests
{
    [Fact]
    public void The_default_is_127_0_0_1_on_the_port()
    {
        // Given no Urls; When resolved; Then the site listens on 127.0.0.1 only
        Assert.Equal("http://127.0.0.1:5080", LoopbackUrls.Resolve(new SiteOptions()));
        Assert.Equal("http://127.0.0.1:9000", LoopbackUrls.Resolve(new SiteOptions { Port = 9000 }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void Loopback_urls_override_the_port(string urls)
    {
        // When a loopback address is given; Then it is used as is
        Assert.Equal(urls, LoopbackUrls.Resolve(new SiteOptions { Urls = urls, Port = 1 }));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", "not a loopback address")]
    [InlineData("http://example.org:80", "not a loopback address")]
    [InlineData("ftp://127.0.0.1:21", "not an http(s) address")]
    [InlineData("127.0.0.1:5080", "not an http(s) address")]
    public void Other_addresses_are_refused_with_the_reason(string urls, string reason)
    {
        // When a non-loopback or malformed address is given; Then building refuses it and says why
        var error = Assert.Throws<ArgumentException>(() => LoopbackUrls.Resolve(new SiteOptions { Urls = urls }));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_out_of_range_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LoopbackUrls.Resolve(new SiteOptions { Port = 70_000 }));
    }
}
