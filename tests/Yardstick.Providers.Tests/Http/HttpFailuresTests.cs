using System.Net.Http.Headers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.Tests.Http;

public sealed class HttpFailuresTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("0", 0.0)]
    [InlineData("Thu, 26 Nov 2026 06:00:30 GMT", 30.0)]
    [InlineData("Thu, 26 Nov 2026 05:59:00 GMT", 0.0)]
    public void Retry_after_is_read_as_seconds_or_a_date(string header, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), HttpFailures.RetryAfter(RetryConditionHeaderValue.Parse(header), Now));

    [Fact]
    public void No_retry_after_is_null() => Assert.Null(HttpFailures.RetryAfter(null, Now));
}
