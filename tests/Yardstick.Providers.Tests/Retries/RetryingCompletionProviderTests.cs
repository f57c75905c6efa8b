using Yardstick.Core.Providers;
using Yardstick.Providers.Retries;
using Yardstick.Providers.Tests.OpenAiCompatible;

namespace Yardstick.Providers.Tests.Retries;

public sealed class RetryingCompletionProviderTests
{
    private static readonly RetryOptions Fast = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    private static ProviderException RateLimited => new(ErrorKind.RateLimited, "429", 429, TimeSpan.FromMilliseconds(1));

    [Fact]
    public async Task A_rate_limit_before_the_first_token_is_retried_and_every_attempt_start_is_passed_on()
    {
        // Given a provider that is rate-limited twice, then answers
        var inner = new ScriptedProvider(RateLimited, new ProviderException(ErrorKind.ServerError, "503", 503));

        // When it is wrapped in retries and streamed
        var run = await ProviderRun.CollectAsync(new RetryingCompletionProvider(inner, Fast), cancellationToken: TestContext.Current.CancellationToken);

        // Then it succeeds on the third attempt, and the three RequestStarted events show two retries
        Assert.Null(run.Failure);
        Assert.Equal(3, inner.Calls);
        Assert.Equal(3, run.Events.OfType<RequestStarted>().Count());
        Assert.Equal("ok", Assert.Single(run.Deltas).Content);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_surfaces()
    {
        // Given a provider that is always rate-limited
        var inner = new ScriptedProvider(RateLimited, RateLimited, RateLimited, RateLimited);

        // When streamed with two retries allowed
        var run = await ProviderRun.CollectAsync(new RetryingCompletionProvider(inner, Fast), cancellationToken: TestContext.Current.CancellationToken);

        // Then three attempts were made and the request fails as rate limited, with each attempt's start passed on
        Assert.Equal(3, inner.Calls);
        Assert.Equal(ErrorKind.RateLimited, run.Failure?.Kind);
        Assert.Equal(3, run.Events.OfType<RequestStarted>().Count());
    }

    [Theory]
    [InlineData(ErrorKind.ClientError)]
    [InlineData(ErrorKind.ConnectionRefused)]
    [InlineData(ErrorKind.MalformedEvent)]
    [InlineData(ErrorKind.InvalidUtf8)]
    [InlineData(ErrorKind.UnexpectedContentType)]
    public async Task Failures_that_a_retry_cannot_fix_are_not_retried(ErrorKind kind)
    {
        var inner = new ScriptedProvider(new ProviderException(kind, "no"));

        var run = await ProviderRun.CollectAsync(new RetryingCompletionProvider(inner, Fast), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(kind, run.Failure?.Kind);
    }

    [Theory]
    [InlineData(2.0, 60.0, 2.0)]
    [InlineData(600.0, 60.0, 60.0)]
    [InlineData(null, 60.0, null)]
    public void Retry_after_is_honoured_up_to_the_cap(double? retryAfterSeconds, double capSeconds, double? expectedSeconds)
    {
        var failure = new ProviderException(ErrorKind.RateLimited, "429", 429, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);

        var delay = RetryingCompletionProvider.RetryDelay(failure, new RetryOptions { MaxDelay = TimeSpan.FromSeconds(capSeconds) });

        Assert.Equal(expectedSeconds is { } e ? TimeSpan.FromSeconds(e) : null, delay);
    }
}
