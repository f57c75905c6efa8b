using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Providers.Retries;
using Yardstick.Tests.Loopback;

namespace Yardstick.Measure.Tests.Workloads.Sessions;

/// <summary>
/// An OpenAI-compatible loopback endpoint that reads each request's messages (text parts of array contents joined) and
/// answers as the test's function says, so that a test can make the answer depend on what was sent (a prefix cache,
/// a vision check); keeps every request it read.
/// </summary>
public sealed class ConversationServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<ServedChat> _requests;

    private ConversationServer(LoopbackServer server, ConcurrentQueue<ServedChat> requests) => (_server, _requests) = (server, requests);

    public Uri BaseUrl => _server.BaseUrl;

    public IReadOnlyList<ServedChat> Requests => [.. _requests.OrderBy(r => r.Index)];

    public static async Task<ConversationServer> StartAsync(Func<ServedChat, ChatReply> respond)
    {
        var requests = new ConcurrentQueue<ServedChat>();
        var count = -1;
        var inFlight = 0;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            var arrival = Stopwatch.GetTimestamp();
            var concurrent = Interlocked.Increment(ref inFlight);
            try
            {
                await AnswerAsync(context, arrival, concurrent);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        });
        return new ConversationServer(server, requests);

        async Task AnswerAsync(HttpContext context, long arrival, int concurrent)
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var body = document.RootElement.Clone();
            var messages = body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, Text(m.GetProperty("content")))).ToList();
            var chat = new ServedChat(Interlocked.Increment(ref count), arrival, concurrent, messages, body);
            requests.Enqueue(chat);
            var reply = respond(chat);
            if (reply.ErrorStatus is { } status)
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync(reply.ErrorBody, context.RequestAborted);
                return;
            }
            await Task.Delay(reply.FirstTokenDelay, context.RequestAborted);
            await Sse.StartAsync(context.Response);
            foreach (var chunk in reply.Chunks)
            {
                await Sse.DataAsync(context.Response, Sse.Chunk(content: chunk));
                if (reply.ChunkGap > TimeSpan.Zero)
                    await Task.Delay(reply.ChunkGap, context.RequestAborted);
            }
            await Sse.DataAsync(context.Response, Sse.Chunk(finishReason: "length"));
            await Sse.DoneAsync(context.Response);
        }
    }

    /// <summary>A provider for this server through the real HTTP client, without retries.</summary>
    public ICompletionProvider Provider() => new RetryingCompletionProvider(
        new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(10)),
            new OpenAiChatProviderOptions { BaseUrl = BaseUrl, Model = "m", IdleTimeout = TimeSpan.FromSeconds(10) }),
        RetryOptions.Default with { MaxRetries = 0 });

    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Where(p => p.GetProperty("type").GetString() == "text").Select(p => p.GetProperty("text").GetString()));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
