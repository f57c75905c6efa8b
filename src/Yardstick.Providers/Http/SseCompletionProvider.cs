using System.Diagnostics;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.Http;

/// <summary>
/// The measuring client shared by the HTTP API styles: sends one streaming request, stamps t0 just before the request
/// is written (<see cref="RequestStarted"/> as it is issued, refined by <see cref="RequestWritten"/> when the socket
/// stream saw the write), the headers on arrival, and every SSE event with the arrival of the read that completed it, then turns
/// each event into <see cref="CompletionEvent"/>s. Role-only and empty chunks yield nothing. Every way the exchange can
/// fail ends in a <see cref="ProviderException"/> of a known kind after the events that did arrive.
/// </summary>
public abstract class SseCompletionProvider(HttpClient httpClient, HttpProviderOptions options) : ICompletionProvider
{
    public abstract string Describe { get; }

    /// <summary>The name of the stream's terminator, for the message when it never came.</summary>
    private protected abstract string Terminator { get; }

    private protected abstract HttpRequestMessage CreateRequest(CompletionRequest request);

    /// <summary>Parses one event; must not throw (bad input becomes <see cref="StreamChunk.Error"/>).</summary>
    private protected abstract StreamChunk ParseEvent(string eventType, ReadOnlySpan<byte> data, long arrivalTimestamp);

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeouts = new RequestTimeouts(options, cancellationToken);
        using var message = CreateRequest(request);
        var arrivals = new ArrivalRecord();
        var cpuAtStart = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        yield return new RequestStarted(started);

        HttpResponseMessage? response = null;
        ProviderException? failure = null;
        try
        {
            // The socket reads that bring the headers run inside this call and note their kernel arrival here.
            ArrivalRecord.Current = arrivals;
            response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeouts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failure = HttpFailures.FromException(e, timeouts, bodyStarted: false);
        }
        if (failure is not null || response is null)
            throw failure ?? new ProviderException(ErrorKind.Unknown, "No response.");

        using (response)
        {
            var headersTimestamp = arrivals.ArrivalOrNow();
            timeouts.HeadersArrived();
            if (arrivals.WrittenTimestamp is > 0 and var written)
                yield return new RequestWritten(written);
            yield return new ResponseStarted(headersTimestamp, (int)response.StatusCode);
            if (!HttpFailures.IsSuccess(response.StatusCode))
                throw await HttpFailures.FromStatusAsync(response, timeouts.Token).ConfigureAwait(false);
            // A proxy's or portal's HTML page with 200 is not a cut stream: say what came, with its status and type.
            if (response.Content.Headers.ContentType?.MediaType is { } mediaType && IsPageNotStream(mediaType))
                throw new ProviderException(ErrorKind.UnexpectedContentType,
                    $"HTTP {(int)response.StatusCode} with content type {mediaType}, not an event stream (is the base URL an API endpoint?).", (int)response.StatusCode);

            await foreach (var completionEvent in ReadEventsAsync(response, timeouts, arrivals, new ClientClock(started, cpuAtStart), cancellationToken).ConfigureAwait(false))
                yield return completionEvent;
        }
    }

    private async IAsyncEnumerable<CompletionEvent> ReadEventsAsync(HttpResponseMessage response, RequestTimeouts timeouts, ArrivalRecord arrivals, ClientClock clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ProviderException? failure = null;
        Stream? body = null;
        try
        {
            ArrivalRecord.Current = arrivals;
            body = await response.Content.ReadAsStreamAsync(timeouts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failure = HttpFailures.FromException(e, timeouts, bodyStarted: true);
        }
        if (failure is not null || body is null)
            throw failure ?? new ProviderException(ErrorKind.Unknown, "No response body.");

        await using var timed = new ArrivalTimestampingStream(body, arrivals, timeouts.Rearm);
        var parser = SseParser.Create(timed, (type, data) => ParseEvent(type, data, timed.LastArrivalTimestamp));
        var events = parser.EnumerateAsync(timeouts.Token).GetAsyncEnumerator(timeouts.Token);
        var state = new StreamState();
        try
        {
            while (true)
            {
                var more = false;
                try
                {
                    more = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = HttpFailures.FromException(e, timeouts, bodyStarted: true);
                }
                if (failure is not null || !more)
                    break;
                var chunk = events.Current.Data;
                if (chunk.Error is not null)
                {
                    failure = chunk.Error;
                    break;
                }
                if (chunk.HasText)
                {
                    state.TokenEvents++;
                    yield return new TokenDelta(chunk.Timestamp, NullIfEmpty(chunk.Content), NullIfEmpty(chunk.Reasoning));
                }
                foreach (var call in chunk.ToolCalls)
                {
                    state.ToolCallEvents++;
                    yield return new ToolCallDelta(chunk.Timestamp, call.Index, call.Id, call.Name, call.Arguments);
                }
                if (chunk.Usage is not null)
                {
                    state.Usage = Merge(state.Usage, chunk.Usage);
                    state.UsageTimestamp = chunk.Timestamp;
                }
                state.FinishReason = chunk.FinishReason ?? state.FinishReason;
                state.EmptyChoices |= chunk.EmptyChoices;
                if (chunk.Done)
                {
                    state.DoneTimestamp = chunk.Timestamp;
                    break;
                }
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }

        if (failure is not null)
            throw failure;
        if (state.DoneTimestamp is null)
            throw new ProviderException(ErrorKind.StreamCut,
                $"The stream ended before {Terminator} after {timed.BytesRead} bytes and {state.TokenEvents} token events.");
        if (state.EmptyChoices && state.TokenEvents == 0 && state.ToolCallEvents == 0)
            throw new ProviderException(ErrorKind.EmptyChoices, "The stream's chunks had an empty choices list and no generated text.");
        if (state.Usage is not null)
            yield return new UsageReported(state.UsageTimestamp, state.Usage);
        yield return new ClientTiming(state.DoneTimestamp.Value, timed.ReadLagMeanSeconds, timed.ReadLagMaxSeconds, clock.CpuShareSince());
        yield return new Finished(state.DoneTimestamp.Value, state.FinishReason);
    }

    /// <summary>Later reports fill or replace earlier ones field by field (Anthropic sends input and output counts apart).</summary>
    private static TokenUsage Merge(TokenUsage? earlier, TokenUsage later) => earlier is null ? later : new TokenUsage(
        later.PromptTokens ?? earlier.PromptTokens,
        later.CompletionTokens ?? earlier.CompletionTokens,
        later.ReasoningTokens ?? earlier.ReasoningTokens,
        later.CachedPromptTokens ?? earlier.CachedPromptTokens);

    private static bool IsPageNotStream(string mediaType) =>
        mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>When the request started, on the wall and on the process's CPU clock, for its <see cref="ClientTiming"/>.</summary>
    private readonly record struct ClientClock(long Started, TimeSpan CpuAtStart)
    {
        public double CpuShareSince()
        {
            var wall = Stopwatch.GetElapsedTime(Started);
            var cpu = Environment.CpuUsage.TotalTime - CpuAtStart;
            // CPU time is accounted in scheduler ticks: over a short request the ratio can pass 1, which only means saturated.
            return wall > TimeSpan.Zero ? Math.Round(Math.Clamp(cpu / (wall * Environment.ProcessorCount), 0, 1), 4) : 0;
        }
    }

    private sealed class StreamState
    {
        public int TokenEvents { get; set; }
        public int ToolCallEvents { get; set; }
        public TokenUsage? Usage { get; set; }
        public long UsageTimestamp { get; set; }
        public string? FinishReason { get; set; }
        public bool EmptyChoices { get; set; }
        public long? DoneTimestamp { get; set; }
    }
}
