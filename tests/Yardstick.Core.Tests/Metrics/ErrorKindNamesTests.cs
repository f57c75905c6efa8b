using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Metrics;

public sealed class ErrorKindNamesTests
{
    [Theory]
    [InlineData(ErrorKind.RateLimited, "rate_limited")]
    [InlineData(ErrorKind.ServerError, "server_error")]
    [InlineData(ErrorKind.ConnectTimeout, "connect_timeout")]
    [InlineData(ErrorKind.InvalidUtf8, "invalid_utf8")]
    [InlineData(ErrorKind.StreamCut, "stream_cut")]
    [InlineData(ErrorKind.Unknown, "unknown")]
    public void Kinds_are_snake_case(ErrorKind kind, string expected) => Assert.Equal(expected, ErrorKindNames.Of(kind));
}
