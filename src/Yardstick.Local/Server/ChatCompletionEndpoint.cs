using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Yardstick.Core.Providers;
using Yardstick.Local.Inference;

namespace Yardstick.Local.Server;

/// <summary>
/// <c>POST /v1/chat/completions</c>, streaming (SSE <c>chat.completion.chunk</c> events, role chunk first, optional usage
/// chunk, then <c>[DONE]</c>) and not. Errors that happen before the first token get a proper HTTP status; the request's
/// abort token reaches the provider, so a client that disconnects frees its sequence.
/// </summary>
internal sealed class ChatCompletionEndpoint(LlamaCompletionProvider provider, ILogger logger)
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        ChatCompletionCall call;
        try
        {
            call = ChatCompletionRequestParser.Parse(await ReadBodyAsync(context.Request, aborted), provider.ContextWindowTokens);
            if (call.Model != provider.ModelId)
                throw new OpenAiRequestException(404, $"The model '{call.Model}' does not exist; this server serves '{provider.ModelId}'.", "model", "model_not_found");
        }
        catch (OpenAiRequestException e)
        {
            await OpenAiError.WriteAsync(context, e);
            return;
        }

        var json = new ChatCompletionJson($"chatcmpl-{Guid.NewGuid():N}", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), provider.ModelId);
        await using var events = provider.StreamAsync(call.Request, aborted).GetAsyncEnumerator(aborted);
        try
        {
            // The first event is RequestStarted; the second runs validation and waits for the first token, so that a
            // prompt too long for the context is still a plain 400 rather than an error inside a started stream.
            var more = await events.MoveNextAsync() && await events.MoveNextAsync();
            if (call.Stream)
                await StreamAsync(context, json, events, more, call.IncludeUsage);
            else
                await CompleteAsync(context, json, events, more);
        }
        catch (ProviderException e) when (!context.Response.HasStarted)
        {
            ServerLog.CompletionFailed(logger, e.Kind.ToString(), e.Message);
            await OpenAiError.WriteAsync(context, OpenAiError.From(e));
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            ServerLog.ClientDisconnected(logger);
        }
    }

    private static async Task CompleteAsync(HttpContext context, ChatCompletionJson json, IAsyncEnumerator<CompletionEvent> events, bool more)
    {
        var content = new StringBuilder();
        var reasoning = new StringBuilder();
        TokenUsage? usage = null;
        string? finishReason = null;
        for (; more; more = await events.MoveNextAsync())
        {
            switch (events.Current)
            {
                case TokenDelta delta:
                    content.Append(delta.Content);
                    reasoning.Append(delta.Reasoning);
                    break;
                case UsageReported reported:
                    usage = reported.Usage;
                    break;
                case Finished finished:
                    finishReason = finished.FinishReason;
                    break;
            }
        }
        context.Response.ContentType = "application/json";
        var body = json.Completion(content.ToString(), reasoning.Length > 0 ? reasoning.ToString() : null, finishReason, usage);
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task StreamAsync(HttpContext context, ChatCompletionJson json, IAsyncEnumerator<CompletionEvent> events, bool more, bool includeUsage)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await SendAsync(response, json.Chunk("assistant", "", null, null), context.RequestAborted);
        TokenUsage? usage = null;
        try
        {
            for (; more; more = await events.MoveNextAsync())
            {
                switch (events.Current)
                {
                    case TokenDelta delta:
                        await SendAsync(response, json.Chunk(null, delta.Content, delta.Reasoning, null), context.RequestAborted);
                        break;
                    case UsageReported reported:
                        usage = reported.Usage;
                        break;
                    case Finished finished:
                        await SendAsync(response, json.Chunk(null, null, null, finished.FinishReason ?? "stop"), context.RequestAborted);
                        break;
                }
            }
        }
        catch (ProviderException e)
        {
            // Headers are gone: report the failure as an error event, the way OpenAI-compatible servers do, and end.
            ServerLog.CompletionFailed(logger, e.Kind.ToString(), e.Message);
            await SendAsync(response, OpenAiError.ToJson(OpenAiError.From(e)), context.RequestAborted);
            return;
        }
        if (includeUsage)
            await SendAsync(response, json.UsageChunk(usage), context.RequestAborted);
        await response.Body.WriteAsync(Done, context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task SendAsync(HttpResponse response, byte[] data, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(DataPrefix, cancellationToken);
        await response.Body.WriteAsync(data, cancellationToken);
        await response.Body.WriteAsync(EventEnd, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
