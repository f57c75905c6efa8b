using System.Diagnostics;
using System.Text;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Running;

/// <summary>
/// Reads one completion stream to its end. A provider failure becomes a result with its error kind (what arrived before
/// it is kept); any other exception from the stream is an <see cref="ErrorKind.Unknown"/> failure, never a crash.
/// Cancellation of the run is the one thing passed on.
/// </summary>
internal static class CompletionCollector
{
    /// <summary>
    /// Collects with up to <paramref name="maxAttempts"/> attempts while the error is transient, waiting
    /// <paramref name="delay"/>(attempt, Retry-After) between them; the last attempt's result, its start and the attempts made.
    /// </summary>
    public static async Task<(CompletionResult Result, DateTimeOffset StartedUtc, int Attempts)> CollectWithRetriesAsync(
        ICompletionProvider provider, CompletionRequest request, int maxAttempts, Func<int, TimeSpan?, TimeSpan> delay, CancellationToken cancellationToken)
    {
        var attempt = 0;
        while (true)
        {
            attempt++;
            var started = DateTimeOffset.UtcNow;
            var result = await CollectAsync(provider, request, cancellationToken);
            if (result.ErrorKind == ErrorKind.None || !TransientErrors.Contains(result.ErrorKind) || attempt >= maxAttempts)
                return (result, started, attempt);
            await Task.Delay(delay(attempt, result.RetryAfter), cancellationToken);
        }
    }

    public static async Task<CompletionResult> CollectAsync(ICompletionProvider provider, CompletionRequest request, CancellationToken cancellationToken)
    {
        var content = new StringBuilder();
        var reasoning = new StringBuilder();
        long? t0 = null, first = null, firstAnswer = null, last = null;
        TokenUsage? usage = null;
        string? finishReason = null;
        int? status = null;
        var events = 0;
        var toolCalls = new ToolCallAssembler();
        try
        {
            await foreach (var item in provider.StreamAsync(request, cancellationToken))
            {
                switch (item)
                {
                    case RequestStarted started:
                        // A decorator's retried attempt starts again: time the sample from the last start.
                        t0 = started.Timestamp;
                        break;
                    case ResponseStarted response:
                        status = response.StatusCode;
                        break;
                    case TokenDelta delta:
                        events++;
                        first ??= delta.Timestamp;
                        last = delta.Timestamp;
                        if (delta.HasContent)
                        {
                            firstAnswer ??= delta.Timestamp;
                            content.Append(delta.Content);
                        }
                        if (delta.HasReasoning)
                            reasoning.Append(delta.Reasoning);
                        break;
                    case ToolCallDelta call:
                        first ??= call.Timestamp;
                        last = call.Timestamp;
                        toolCalls.Add(call);
                        break;
                    case UsageReported reported:
                        usage = reported.Usage;
                        break;
                    case Finished finished:
                        finishReason = finished.FinishReason;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ProviderException e)
        {
            return Result() with { ErrorKind = e.Kind, ErrorMessage = e.Message, HttpStatus = e.StatusCode ?? status, RetryAfter = e.RetryAfter };
        }
        catch (Exception e)
        {
            return Result() with { ErrorKind = ErrorKind.Unknown, ErrorMessage = $"{e.GetType().Name}: {e.Message}" };
        }
        return Result();

        CompletionResult Result() => new()
        {
            Content = content.ToString(),
            Reasoning = reasoning.ToString(),
            Usage = usage,
            FinishReason = finishReason,
            TtftSeconds = Seconds(t0, first),
            FirstAnswerTokenSeconds = Seconds(t0, firstAnswer),
            LastTokenSeconds = Seconds(t0, last),
            TokenEvents = events,
            HttpStatus = status,
            ToolCalls = toolCalls.Calls(),
        };
    }

    private static double? Seconds(long? start, long? end) =>
        start is { } s && end is { } e ? (double)(e - s) / Stopwatch.Frequency : null;
}
