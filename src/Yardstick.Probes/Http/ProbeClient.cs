using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Probes.Apis;

namespace Yardstick.Probes.Http;

/// <summary>
/// Sends the JSON bodies probes write, unchanged, to the endpoint (the request field under test is exactly what the
/// sample shows), reads the whole answer (JSON, or SSE events with their arrival times) and never throws for what the
/// endpoint does: refusals, errors and broken streams are all recorded in the <see cref="ProbeExchange"/>.
/// </summary>
public sealed class ProbeClient(HttpClient httpClient, ProbeEndpoint endpoint)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private int _sequence = -1;

    public ProbeEndpoint Endpoint { get; } = endpoint;

    public async Task<ProbeExchange> SendAsync(string promptId, JsonObject body, CancellationToken cancellationToken = default)
    {
        var stream = body["stream"] is JsonValue s && s.TryGetValue<bool>(out var on) && on;
        var text = body.ToJsonString();
        var exchange = new ProbeExchange
        {
            Sequence = Interlocked.Increment(ref _sequence),
            PromptId = promptId,
            RequestBody = text,
            Stream = stream,
            StartedUtc = DateTimeOffset.UtcNow,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint.Url(Endpoint.Api.Path))
        {
            Content = new StringContent(text, Encoding.UTF8) { Headers = { ContentType = JsonType } },
        };
        Endpoint.Api.Authorize(request, Endpoint.ApiKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Endpoint.RequestTimeout);
        var t0 = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or OperationCanceledException or TimeoutException)
        {
            return exchange with { TransportError = Classify(e), TransportMessage = e.GetBaseException().Message, TotalSeconds = Seconds(t0) };
        }
        using (response)
        {
            exchange = exchange with { StatusCode = (int)response.StatusCode, HeadersSeconds = Seconds(t0) };
            try
            {
                var isStream = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/event-stream";
                return isStream
                    ? await ReadStreamAsync(exchange, response, t0, timeout.Token).ConfigureAwait(false)
                    : await ReadJsonAsync(exchange, response, t0, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or OperationCanceledException or IOException)
            {
                return exchange with { TransportError = e is OperationCanceledException ? ErrorKind.Timeout : ErrorKind.StreamCut, TransportMessage = e.GetBaseException().Message, TotalSeconds = Seconds(t0) };
            }
        }
    }

    private static async Task<ProbeExchange> ReadJsonAsync(ProbeExchange exchange, HttpResponseMessage response, long t0, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return exchange with { ResponseText = text, Json = TryParse(text), TotalSeconds = Seconds(t0) };
    }

    private static async Task<ProbeExchange> ReadStreamAsync(ProbeExchange exchange, HttpResponseMessage response, long t0, CancellationToken cancellationToken)
    {
        var raw = new StringBuilder();
        var events = new List<StreamEvent>();
        double? firstToken = null;
        var done = false;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            var arrived = Seconds(t0);
            raw.Append("event: ").Append(item.EventType).Append("\ndata: ").Append(item.Data).Append("\n\n");
            if (item.Data.Trim() == "[DONE]")
            {
                done = true;
                continue;
            }
            var data = TryParse(item.Data);
            events.Add(new StreamEvent(item.EventType, data, arrived));
            if (firstToken is null && data is not null && exchange.Stream && StreamReading.CarriesOutput(data))
                firstToken = arrived;
            if (item.EventType == "message_stop")
                done = true;
        }
        var result = exchange with { ResponseText = raw.ToString(), Events = events, FirstTokenSeconds = firstToken, TotalSeconds = Seconds(t0) };
        return done ? result : result with { TransportError = ErrorKind.StreamCut, TransportMessage = "The stream ended without its terminator ([DONE] or message_stop)." };
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ErrorKind Classify(Exception e) => e.GetBaseException() switch
    {
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } => ErrorKind.ConnectionRefused,
        TimeoutException => ErrorKind.ConnectTimeout,
        OperationCanceledException => ErrorKind.Timeout,
        _ => ErrorKind.Unknown,
    };

    private static double Seconds(long t0) => Stopwatch.GetElapsedTime(t0).TotalSeconds;
}
