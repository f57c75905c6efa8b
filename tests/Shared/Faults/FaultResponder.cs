using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Yardstick.Testing.Faults;

/// <summary>Writes the response of one <see cref="FaultKind"/>: HTTP/1.1, chunked SSE for streams, then closes.</summary>
internal sealed class FaultResponder(FaultServerOptions options)
{
    public const string Answer = "The answer is 42.";
    private static readonly string[] AnswerChunks = ["The", " answer", " is", " 42", "."];

    public async Task RespondAsync(Socket socket, Stream stream, ReceivedRequest request, CancellationToken cancellationToken)
    {
        var retryAfter = new[] { ("Retry-After", options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture)) };
        switch (request.Kind)
        {
            case FaultKind.RateLimited:
                await WriteStatusAsync(stream, 429, "Too Many Requests", "application/json", Error("Rate limit reached for requests.", "rate_limit_exceeded"), retryAfter, cancellationToken);
                return;
            case FaultKind.ServerError:
                await WriteStatusAsync(stream, 500, "Internal Server Error", "application/json", Error("The server had an error while processing your request.", "server_error"), [], cancellationToken);
                return;
            case FaultKind.ServiceUnavailable:
                await WriteStatusAsync(stream, 503, "Service Unavailable", "application/json", Error("The engine is currently overloaded.", "overloaded"), retryAfter, cancellationToken);
                return;
            case FaultKind.HtmlWith200:
                await WriteStatusAsync(stream, 200, "OK", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Router login</h1></body></html>", [], cancellationToken);
                return;
            case FaultKind.KeyEchoed:
                await WriteStatusAsync(stream, 401, "Unauthorized", "application/json",
                    Error($"Incorrect API key provided: {request.Credential}. You can find your API key in your account settings.", "invalid_api_key"),
                    [("WWW-Authenticate", $"Bearer error=\"invalid_token\", received=\"{request.Credential}\""), ("X-Echo-Authorization", request.Credential)], cancellationToken);
                return;
            case FaultKind.NoHeaders:
                await WaitForClientToCloseAsync(stream, cancellationToken);
                return;
        }

        await StartStreamAsync(stream, cancellationToken);
        switch (request.Kind)
        {
            case FaultKind.None:
                await HealthyAsync(stream, AnswerChunks, usage: true, cancellationToken);
                break;
            case FaultKind.MissingUsage:
                await HealthyAsync(stream, AnswerChunks, usage: false, cancellationToken);
                break;
            case FaultKind.KeyInAnswer:
                await HealthyAsync(stream, ["Your key is ", request.Credential, ". ", Answer], usage: true, cancellationToken);
                break;
            case FaultKind.ResetMidStream:
                await EventsAsync(stream, AnswerChunks.Take(2).Select(c => Chunk(content: c)), cancellationToken);
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                break;
            case FaultKind.StallAfterChunks:
                await EventsAsync(stream, AnswerChunks.Concat(Enumerable.Repeat(" more", options.StallAfterChunks)).Take(options.StallAfterChunks).Select(c => Chunk(content: c)), cancellationToken);
                await WaitForClientToCloseAsync(stream, cancellationToken);
                break;
            case FaultKind.TruncatedStream:
                await EventsAsync(stream, AnswerChunks.Take(2).Select(c => Chunk(content: c)), cancellationToken);
                // Half an HTTP chunk: its size line promises more bytes than ever come.
                await WriteFlushedAsync(stream, Encoding.ASCII.GetBytes("40\r\ndata: {\"choi"), cancellationToken);
                socket.Shutdown(SocketShutdown.Send);
                break;
            case FaultKind.MalformedJson:
                await EventsAsync(stream, [Chunk(content: "The"), "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\" ans"], cancellationToken);
                await HealthyAsync(stream, AnswerChunks.Skip(1), usage: true, cancellationToken);
                break;
            case FaultKind.InvalidUtf8:
                await EventsAsync(stream, [Chunk(content: "The")], cancellationToken);
                await WriteChunkAsync(stream, [.. "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\""u8, 0xFF, 0xFE, 0xC3, 0x28, .. "\"}}]}\n\n"u8], cancellationToken);
                await HealthyAsync(stream, AnswerChunks.Skip(1), usage: true, cancellationToken);
                break;
            case FaultKind.EmptyChoices:
                await EventsAsync(stream, Enumerable.Repeat("{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion.chunk\",\"choices\":[]}", 3), cancellationToken);
                await EventsAsync(stream, ["[DONE]"], cancellationToken);
                break;
            case FaultKind.ReasoningOnly:
                await EventsAsync(stream, [Chunk(role: "assistant"), .. Enumerable.Range(0, 5).Select(i => Chunk(reasoning: $" step {i}")), Chunk(finishReason: "length"), Usage(5), "[DONE]"], cancellationToken);
                break;
            case FaultKind.HugeChunk:
                var words = string.Concat(Enumerable.Repeat("word ", options.HugeChunkBytes / 5));
                await HealthyAsync(stream, [words], usage: true, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "not a streaming fault");
        }
        if (request.Kind is not (FaultKind.ResetMidStream or FaultKind.TruncatedStream))
            await WriteFlushedAsync(stream, "0\r\n\r\n"u8.ToArray(), cancellationToken);
    }

    public static async Task WriteStatusAsync(Stream stream, int status, string reason, string contentType, string body,
        IEnumerable<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append("\r\n");
        await WriteFlushedAsync(stream, [.. Encoding.UTF8.GetBytes(head.ToString()), .. bytes], cancellationToken);
    }

    private static Task StartStreamAsync(Stream stream, CancellationToken cancellationToken) =>
        WriteFlushedAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellationToken);

    private static async Task HealthyAsync(Stream stream, IEnumerable<string> content, bool usage, CancellationToken cancellationToken)
    {
        var chunks = content.ToList();
        var events = new List<string> { Chunk(role: "assistant") };
        events.AddRange(chunks.Select(c => Chunk(content: c)));
        events.Add(Chunk(finishReason: "stop"));
        if (usage)
            events.Add(Usage(chunks.Count));
        events.Add("[DONE]");
        await EventsAsync(stream, events, cancellationToken);
    }

    private static async Task EventsAsync(Stream stream, IEnumerable<string> events, CancellationToken cancellationToken)
    {
        foreach (var data in events)
            await WriteChunkAsync(stream, Encoding.UTF8.GetBytes($"data: {data}\n\n"), cancellationToken);
    }

    private static Task WriteChunkAsync(Stream stream, byte[] payload, CancellationToken cancellationToken) =>
        WriteFlushedAsync(stream, [.. Encoding.ASCII.GetBytes(payload.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), .. payload, .. "\r\n"u8], cancellationToken);

    private static async Task WriteFlushedAsync(Stream stream, byte[] bytes, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private static async Task WaitForClientToCloseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[256];
        while (await stream.ReadAsync(buffer, cancellationToken) > 0)
        {
        }
    }

    private static string Chunk(string? content = null, string? reasoning = null, string? role = null, string? finishReason = null)
    {
        var delta = new Dictionary<string, string>();
        if (role is not null)
            delta["role"] = role;
        if (content is not null)
            delta["content"] = content;
        if (reasoning is not null)
            delta["reasoning_content"] = reasoning;
        return JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fault", @object = "chat.completion.chunk", created = 0, model = "fault-model",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        });
    }

    private static string Usage(int completionTokens) =>
        JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fault", @object = "chat.completion.chunk", created = 0, model = "fault-model", choices = Array.Empty<object>(),
            usage = new { prompt_tokens = 12, completion_tokens = completionTokens, total_tokens = 12 + completionTokens },
        });

    private static string Error(string message, string code) =>
        JsonSerializer.Serialize(new { error = new { message, type = "invalid_request_error", code } });
}
