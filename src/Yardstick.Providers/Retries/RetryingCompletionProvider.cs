using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Polly;
using Polly.Retry;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.Retries;

/// <summary>
/// Retries a request that fails before its first generated token with a retryable kind (429, 5xx), honouring
/// Retry-After (capped) and otherwise backing off exponentially with jitter, at most <see cref="RetryOptions.MaxRetries"/>
/// times. Once a token has arrived the stream is never retried (that would corrupt the timings).
/// Every attempt's <see cref="RequestStarted"/> is passed on, so the recorder counts retries as the extra
/// RequestStarted events and times the sample from the last one.
/// </summary>
public sealed class RetryingCompletionProvider : DelegatingCompletionProvider
{
    private readonly ResiliencePipeline _pipeline;

    public RetryingCompletionProvider(ICompletionProvider inner, RetryOptions options, TimeProvider? timeProvider = null) : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System };
        if (options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = new PredicateBuilder().Handle<ProviderException>(e => options.RetryOn.Contains(e.Kind)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryDelay(args.Outcome.Exception, options)),
            });
        _pipeline = builder.Build();
    }

    /// <summary>The server's Retry-After when it sent one, capped; null lets the exponential backoff decide.</summary>
    internal static TimeSpan? RetryDelay(Exception? failure, RetryOptions options) =>
        failure is ProviderException { RetryAfter: { } retryAfter } ? (retryAfter < options.MaxDelay ? retryAfter : options.MaxDelay) : null;

    public override async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var failedAttemptStarts = new List<CompletionEvent>();
        Attempt? attempt = null;
        ExceptionDispatchInfo? failure = null;
        try
        {
            attempt = await _pipeline.ExecuteAsync(token => StartAttemptAsync(request, failedAttemptStarts, token), cancellationToken).ConfigureAwait(false);
        }
        catch (ProviderException e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        foreach (var started in failedAttemptStarts)
            yield return started;
        if (failure is not null || attempt is null)
        {
            failure?.Throw();
            yield break;
        }

        await using var live = attempt.Events;
        foreach (var buffered in attempt.Head)
            yield return buffered;
        while (attempt.MoreAfterHead && await live.MoveNextAsync().ConfigureAwait(false))
            yield return live.Current;
    }

    /// <summary>Runs an attempt up to its first token (or its end); a failure before that is the pipeline's to retry.</summary>
    private async ValueTask<Attempt> StartAttemptAsync(CompletionRequest request, List<CompletionEvent> failedAttemptStarts, CancellationToken cancellationToken)
    {
        var events = Inner.StreamAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var head = new List<CompletionEvent>();
        try
        {
            while (await events.MoveNextAsync().ConfigureAwait(false))
            {
                head.Add(events.Current);
                if (events.Current is TokenDelta or UsageReported or Finished)
                    return new Attempt(events, head, MoreAfterHead: true);
            }
            return new Attempt(events, head, MoreAfterHead: false);
        }
        catch (Exception)
        {
            failedAttemptStarts.AddRange(head.OfType<RequestStarted>());
            await events.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed record Attempt(IAsyncEnumerator<CompletionEvent> Events, List<CompletionEvent> Head, bool MoreAfterHead);
}
